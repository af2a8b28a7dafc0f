package io.kaiku.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.core.NewCookie;

/**
 * The web app's session cookies. {@value #SESSION} holds the access token where script cannot read
 * it (HttpOnly); {@value #CSRF} holds the session's CSRF token, which the app reads and sends back
 * as {@value #CSRF_HEADER} on unsafe requests (a signed double-submit cookie). Both are
 * SameSite=Strict, and Secure when Kaiku is reached over https.
 */
public final class SessionCookies {
    public static final String SESSION = "kaiku_session";
    public static final String CSRF = "kaiku_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookies() {}

    static NewCookie session(String token, Instant expiresAt, Instant now, boolean secure) {
        return cookie(SESSION, token, Duration.between(now, expiresAt), secure, true);
    }

    static NewCookie csrf(String token, Instant expiresAt, Instant now, boolean secure) {
        return cookie(CSRF, token, Duration.between(now, expiresAt), secure, false);
    }

    static NewCookie[] cleared(boolean secure) {
        return new NewCookie[] {
            cookie(SESSION, "", Duration.ZERO, secure, true), cookie(CSRF, "", Duration.ZERO, secure, false)
        };
    }

    private static NewCookie cookie(String name, String value, Duration maxAge, boolean secure, boolean httpOnly) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge((int) Math.max(0, maxAge.toSeconds()))
                .secure(secure)
                .httpOnly(httpOnly)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
