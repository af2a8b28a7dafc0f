package io.kaiku.common;

import java.time.Duration;
import java.util.List;

/** A refusal that the client may retry after a while: answered with Retry-After (429 or 503). */
public class RetryLaterException extends ApiException {
    private final int status;
    private final String title;
    private final Duration retryAfter;

    public RetryLaterException(int status, String title, String code, String detail, Duration retryAfter) {
        super(code, detail, List.of());
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    /** 429: this client sent too many requests. */
    public static RetryLaterException tooManyRequests(String code, String detail, Duration retryAfter) {
        return new RetryLaterException(429, "Too Many Requests", code, detail, retryAfter);
    }

    /** 503: Kaiku cannot serve anyone right now. */
    public static RetryLaterException unavailable(String code, String detail, Duration retryAfter) {
        return new RetryLaterException(503, "Service Unavailable", code, detail, retryAfter);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    /** Whole seconds, at least one, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
