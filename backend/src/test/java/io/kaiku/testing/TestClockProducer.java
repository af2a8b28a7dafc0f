package io.kaiku.testing;

import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the application's clock and random source in every {@code @QuarkusTest}. */
public class TestClockProducer {
    public static final long SEED = 20261201L;

    private static final TestClock CLOCK = new TestClock();

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return CLOCK;
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    RandomGenerator random() {
        return new Random(SEED);
    }

    @Produces
    @Singleton
    TestClock testClock() {
        return CLOCK;
    }
}
