package io.kaiku.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the caller of the current request proved who they are: a session (signed in with a
 * password, by bearer token or by the web app's cookie) or a personal API token.
 */
public record Credential(Long sessionId, Long apiTokenId, Set<ApiTokenScope> scopes) {
    public static final String ATTRIBUTE = "kaiku.credential";

    static Credential session(long sessionId) {
        return new Credential(sessionId, null, EnumSet.allOf(ApiTokenScope.class));
    }

    static Credential apiToken(long apiTokenId, Set<ApiTokenScope> scopes) {
        return new Credential(null, apiTokenId, Set.copyOf(scopes));
    }

    public boolean isApiToken() {
        return apiTokenId != null;
    }

    public boolean allows(ApiTokenScope scope) {
        return scopes.contains(scope);
    }
}
