package io.kaiku.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kaiku.outbox")
public interface OutboxConfig {
    /** Whether this instance runs the consumers (every instance may; they share the work). */
    @WithDefault("true")
    boolean enabled();

    /** How often to look for events written by other instances; this instance's own wake it at once. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /**
     * After a wake-up, how long to wait for more commits before draining: under load, one drain then
     * carries the events of many requests instead of one transaction per request.
     */
    @WithDefault("PT0.01S")
    Duration gatherFor();

    @WithDefault("500")
    int batchSize();

    /** A failed event is retried after this, doubling with every attempt up to {@link #maxBackoff}. */
    @WithDefault("PT2S")
    Duration firstBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** After this many failed attempts an event is dead: kept, shown to admins, retried only by hand. */
    @WithDefault("12")
    int maxAttempts();

    /** Events every consumer has passed are deleted after this. */
    @WithDefault("P7D")
    Duration retention();
}
