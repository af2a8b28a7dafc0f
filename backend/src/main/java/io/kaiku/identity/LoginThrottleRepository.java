package io.kaiku.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.kaiku.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Failed sign-in counters in the database, so that every instance counts the same failures. */
@ApplicationScoped
public class LoginThrottleRepository {
    private final EntityManager entityManager;

    public LoginThrottleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The latest moment until which any of {@code keys} is blocked, if it is later than {@code now}. */
    public Optional<Instant> blockedUntil(List<String> keys, Instant now) {
        Object result = entityManager
                .createNativeQuery("select max(blocked_until) from login_throttle where key in (:keys)"
                        + " and blocked_until > cast(:now as timestamptz)")
                .setParameter("keys", keys)
                .setParameter("now", utc(now))
                .getSingleResult();
        return Optional.ofNullable(SqlValues.toInstant(result));
    }

    /**
     * Counts one more failure on {@code key} and, past {@code freeFailures}, blocks it for
     * {@code initialDelay} doubled per further failure, at most {@code maxDelay}. The upsert locks
     * the row until the transaction ends, so two instances counting at once both count.
     */
    public void recordFailure(
            String key, Instant now, int freeFailures, Duration initialDelay, Duration maxDelay, Instant forgetBefore) {
        Number failures = (Number) entityManager
                .createNativeQuery("""
                        insert into login_throttle (key, failures, last_failure_at, blocked_until)
                        values (:key, 1, cast(:now as timestamptz), cast(:now as timestamptz))
                        on conflict (key) do update set
                          failures = case when login_throttle.last_failure_at < cast(:forget as timestamptz)
                                          then 1 else login_throttle.failures + 1 end,
                          last_failure_at = excluded.last_failure_at
                        returning failures
                        """)
                .setParameter("key", key)
                .setParameter("now", utc(now))
                .setParameter("forget", utc(forgetBefore))
                .getSingleResult();
        int beyond = failures.intValue() - freeFailures;
        if (beyond < 0) {
            return;
        }
        Duration delay = initialDelay.multipliedBy(1L << Math.min(beyond, 20));
        Instant until = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        entityManager
                .createNativeQuery(
                        "update login_throttle set blocked_until = cast(:until as timestamptz) where key = :key")
                .setParameter("until", utc(until))
                .setParameter("key", key)
                .executeUpdate();
    }

    public void forget(String key) {
        entityManager
                .createNativeQuery("delete from login_throttle where key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    public int deleteQuietSince(Instant before) {
        return entityManager
                .createNativeQuery("delete from login_throttle where last_failure_at < cast(:before as timestamptz)"
                        + " and blocked_until < cast(:before as timestamptz)")
                .setParameter("before", utc(before))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
