package io.kaiku.identity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How failed sign-ins slow further attempts down (see {@link LoginThrottle}). */
@ConfigMapping(prefix = "kaiku.auth.throttle")
public interface LoginThrottleConfig {
    /** Failures on one account before each further attempt has to wait. */
    @WithDefault("5")
    int accountFreeFailures();

    /** Failures from one client address (many people may share one) before attempts wait. */
    @WithDefault("30")
    int addressFreeFailures();

    /** The first wait; each further failure doubles it. */
    @WithDefault("PT15S")
    Duration initialDelay();

    @WithDefault("PT15M")
    Duration maxDelay();

    /** A counter starts again after this long without failures. */
    @WithDefault("PT1H")
    Duration forgetAfter();
}
