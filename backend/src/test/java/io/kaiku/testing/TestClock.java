package io.kaiku.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests. It follows real time until a test stops it at an instant
 * ({@link #stopAt}); then it moves only when told ({@link #advance}). {@link #release} goes back to
 * real time; tests that stop the clock release it when they end.
 */
public final class TestClock extends Clock {
    private volatile Instant stoppedAt;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Kaiku keeps time in UTC");
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now();
    }

    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    /** Stops the clock now, at whole microseconds (what the database keeps). */
    public Instant stop() {
        Instant now = Instant.now();
        stopAt(now.minusNanos(now.getNano() % 1000));
        return stoppedAt;
    }

    public Instant advance(Duration duration) {
        if (stoppedAt == null) {
            throw new IllegalStateException("Stop the clock before moving it");
        }
        stoppedAt = stoppedAt.plus(duration);
        return stoppedAt;
    }

    public void release() {
        stoppedAt = null;
    }
}
