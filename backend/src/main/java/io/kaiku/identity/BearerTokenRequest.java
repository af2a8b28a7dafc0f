package io.kaiku.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A token presented with a request: an access token or a personal API token from the
 * Authorization header, or the web app's session cookie. A cookie rides along on every request
 * the browser makes, so for unsafe methods it must come with the session's CSRF token.
 */
public class BearerTokenRequest extends BaseAuthenticationRequest {
    private final String token;
    private final boolean fromCookie;
    private final boolean unsafeMethod;
    private final String csrfToken;

    public BearerTokenRequest(String token) {
        this(token, false, false, null);
    }

    public BearerTokenRequest(String token, boolean fromCookie, boolean unsafeMethod, String csrfToken) {
        this.token = token;
        this.fromCookie = fromCookie;
        this.unsafeMethod = unsafeMethod;
        this.csrfToken = csrfToken;
    }

    public String token() {
        return token;
    }

    public boolean fromCookie() {
        return fromCookie;
    }

    public boolean unsafeMethod() {
        return unsafeMethod;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
