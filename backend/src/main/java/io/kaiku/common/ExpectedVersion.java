package io.kaiku.common;

/**
 * The version a client edited, for optimistic locking — one rule for every resource: a stale
 * {@code If-Match} answers 412 Precondition Failed, a stale {@code version} in the body 409 Conflict,
 * both with the code {@code <resource>.version-conflict}. If-Match wins when both are sent.
 */
public record ExpectedVersion(Long ifMatch, Long inBody) {
    public static final ExpectedVersion ANY = new ExpectedVersion(null, null);

    public static ExpectedVersion of(String ifMatchHeader, Long inBody) {
        return new ExpectedVersion(IfMatch.parse(ifMatchHeader), inBody);
    }

    /** Fails unless the client edited {@code current}; {@code resource} names it in the code and message. */
    public void check(long current, String resource) {
        String code = resource + ".version-conflict";
        String detail = "Someone else changed this " + resource + " in the meantime (now version " + current + ").";
        if (ifMatch != null) {
            if (ifMatch != current) {
                throw new PreconditionFailedException(code, detail);
            }
        } else if (inBody != null && inBody != current) {
            throw new ConflictException(code, detail);
        }
    }
}
