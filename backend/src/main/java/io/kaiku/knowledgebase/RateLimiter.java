package io.kaiku.knowledgebase;

import java.time.Duration;

/**
 * Counts requests per client and says whether one more is allowed. The help center's public
 * endpoints use it for callers without a token; an API-wide limiter can take its place by
 * implementing this interface (or the filter can be dropped when the shared one covers these paths).
 */
public interface RateLimiter {
    record Decision(boolean allowed, Duration retryAfter) {}

    Decision acquire(String scope, String client);
}
