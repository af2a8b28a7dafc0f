package io.kaiku.common;

import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Time and chance come from beans, so tests can set and advance the clock and seed the random
 * source. Time is UTC inside Kaiku; zones only appear at the edges (the SPA, reports, mail).
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Thread-safe; for sampling and jitter, not for secrets (those use SecureRandom directly). */
    @Produces
    @ApplicationScoped
    RandomGenerator random() {
        return new Random();
    }
}
