package io.kaiku.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.kaiku.common.RetryLaterException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords are kept only as bcrypt hashes. bcrypt reads at most 72 bytes, so a longer password
 * (a long passphrase, or a shorter one in a script of three bytes a character) is first reduced
 * with SHA-512; shorter ones are hashed as they are, so hashes made before stay valid.
 *
 * <p>Hashing is deliberately slow, so only a few hashes run at once and only a few more may wait:
 * a flood of sign-ins then gets 503 instead of taking every core and worker from other requests.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final Semaphore running;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();
    // Checked when no user matches, so that both paths take as long: same cost as real hashes.
    private final String decoy;

    public PasswordHasher(
            @ConfigProperty(name = "kaiku.auth.bcrypt-cost", defaultValue = "11") int cost,
            @ConfigProperty(name = "kaiku.auth.hashing.max-concurrent", defaultValue = "0") int maxConcurrent,
            @ConfigProperty(name = "kaiku.auth.hashing.max-waiting", defaultValue = "32") int maxWaiting,
            @ConfigProperty(name = "kaiku.auth.hashing.max-wait", defaultValue = "PT3S") Duration maxWait) {
        this.cost = cost;
        int permits = maxConcurrent > 0
                ? maxConcurrent
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.running = new Semaphore(permits, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoy = hasher().hashToString(
                        cost, Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(String password) {
        return limited(() -> hasher().hashToString(cost, password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        String expected = hash == null ? decoy : hash;
        boolean verified = limited(() -> BCrypt.verifyer(VERSION, LONG_PASSWORDS)
                .verify(password.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))
                .verified);
        return hash != null && verified;
    }

    /** The hash checked for unknown accounts (for tests: it must cost what real hashes cost). */
    String decoy() {
        return decoy;
    }

    private static BCrypt.Hasher hasher() {
        return BCrypt.with(VERSION, LONG_PASSWORDS);
    }

    private <T> T limited(Supplier<T> work) {
        if (!running.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    private static RetryLaterException busy() {
        return RetryLaterException.unavailable(
                "auth.busy",
                "Too many sign-ins are being checked right now; try again in a moment.",
                Duration.ofSeconds(2));
    }
}
