package io.kaiku.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.kaiku.common.RetryLaterException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(6, 2, 8, Duration.ofSeconds(5));

    @Test
    void theDecoyForUnknownAccountsCostsWhatRealHashesCost() {
        assertTrue(hasher.decoy().startsWith("$2a$06$"), hasher.decoy());
        assertTrue(hasher.hash("correct-horse-battery").startsWith("$2a$06$"));
        assertTrue(new PasswordHasher(7, 1, 1, Duration.ofSeconds(1)).decoy().startsWith("$2a$07$"));
        assertFalse(hasher.matches("anything at all", null));
    }

    @Test
    void passwordsLongerThanBcryptReadsAreHashedWhole() {
        String long1 = "a".repeat(80) + "1";
        String long2 = "a".repeat(80) + "2";
        String hash = hasher.hash(long1);
        assertTrue(hasher.matches(long1, hash));
        assertFalse(hasher.matches(long2, hash), "bytes after the 72nd still count");

        String japanese = "パスワードはとても長くて安全な文章です。四十文字を超えるように書きました。";
        assertTrue(japanese.getBytes(StandardCharsets.UTF_8).length > 72);
        assertTrue(hasher.matches(japanese, hasher.hash(japanese)));
        assertFalse(hasher.matches("x".repeat(200), hash));
    }

    @Test
    void hashesMadeBeforeStayValid() {
        String earlier = BCrypt.withDefaults().hashToString(6, "admin-password-1".toCharArray());
        assertTrue(hasher.matches("admin-password-1", earlier));
        String seventyTwo = "b".repeat(72);
        assertTrue(hasher.matches(seventyTwo, BCrypt.withDefaults().hashToString(6, seventyTwo.toCharArray())));
    }

    @Test
    void onlyAFewHashesRunAtOnceAndAFloodIsTurnedAway() throws Exception {
        PasswordHasher single = new PasswordHasher(12, 1, 0, Duration.ofMillis(100));
        String hash = BCrypt.withDefaults().hashToString(12, "a-slow-password".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch started = new CountDownLatch(1);
            Future<Boolean> slow = pool.submit(() -> {
                started.countDown();
                return single.matches("a-slow-password", hash);
            });
            started.await();
            Thread.sleep(50);
            RetryLaterException busy =
                    assertThrows(RetryLaterException.class, () -> single.matches("a-slow-password", hash));
            assertEquals(503, busy.status());
            assertEquals("auth.busy", busy.code());
            assertTrue(slow.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
