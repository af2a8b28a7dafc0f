package io.kaiku.identity;

/** How a session's token travels: in the web app's HttpOnly cookie, or as a bearer header. */
public enum SessionKind {
    browser,
    bearer
}
