package io.kaiku.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token from the Authorization header: an access token or a personal API token. */
public class BearerTokenRequest extends BaseAuthenticationRequest {
    private final String token;

    public BearerTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
