package io.kaiku.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.kaiku.common.RetryLaterException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Brute-force protection for sign-in: failures are counted per account (the email as typed, so
 * unknown accounts behave exactly like known ones) and per client address. After a few failures
 * each further attempt must wait, and the wait doubles with every failure up to a ceiling; the
 * right password works again as soon as the wait is over. A wait rather than a lockout, so that
 * nobody can lock a colleague out for good by typing wrong passwords for them.
 */
@ApplicationScoped
public class LoginThrottle {
    private final LoginThrottleRepository counters;
    private final LoginThrottleConfig config;
    private final Clock clock;

    public LoginThrottle(LoginThrottleRepository counters, LoginThrottleConfig config, Clock clock) {
        this.counters = counters;
        this.config = config;
        this.clock = clock;
    }

    /** Refuses with 429 and Retry-After while the account or the address must wait. */
    @Transactional
    public void check(String email, String address) {
        Instant now = clock.instant();
        counters.blockedUntil(List.of(accountKey(email), addressKey(address)), now)
                .ifPresent(until -> {
                    throw RetryLaterException.tooManyRequests(
                            "auth.too-many-attempts",
                            "Too many failed sign-ins. Wait a moment before trying again.",
                            Duration.between(now, until));
                });
    }

    @Transactional
    public void failed(String email, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(config.forgetAfter());
        counters.recordFailure(
                accountKey(email),
                now,
                config.accountFreeFailures(),
                config.initialDelay(),
                config.maxDelay(),
                forgetBefore);
        counters.recordFailure(
                addressKey(address),
                now,
                config.addressFreeFailures(),
                config.initialDelay(),
                config.maxDelay(),
                forgetBefore);
    }

    /** The account's owner got in: their earlier typing mistakes no longer count. */
    @Transactional
    public void succeeded(String email) {
        counters.forget(accountKey(email));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeQuietCounters() {
        counters.deleteQuietSince(clock.instant().minus(config.forgetAfter()));
    }

    static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
