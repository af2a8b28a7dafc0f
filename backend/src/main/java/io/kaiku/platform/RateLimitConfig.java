package io.kaiku.platform;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** API rate limits (see {@link RateLimiter}). */
@ConfigMapping(prefix = "kaiku.rate-limit")
public interface RateLimitConfig {
    @WithDefault("true")
    boolean enabled();

    /** Requests per window with one token (access token, session cookie or API token). */
    @WithDefault("700")
    long perToken();

    /** Requests per window from one client address, signed in or not (an office may share one). */
    @WithDefault("2000")
    long perAddress();

    @WithDefault("PT1M")
    Duration window();

    /** How often each instance adds its counts to the shared table and learns the others'. */
    @WithDefault("PT5S")
    Duration syncInterval();

    /** Distinct clients counted per instance and window; beyond this only addresses are counted. */
    @WithDefault("100000")
    int maxClients();
}
