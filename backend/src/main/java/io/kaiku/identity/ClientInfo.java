package io.kaiku.identity;

/** Where a request came from, as recorded on a session and used to throttle sign-ins. */
public record ClientInfo(String address, String userAgent) {
    private static final int MAX_USER_AGENT = 300;

    public ClientInfo {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        if (userAgent != null) {
            // PostgreSQL text cannot hold NUL, and control characters have no business in a label.
            userAgent = userAgent.replaceAll("\\p{Cntrl}", "");
        }
    }
}
