package io.kaiku.identity;

import io.kaiku.common.ForbiddenActionException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The {@link Credential} of the current request, and the scope checks that depend on it. */
@RequestScoped
public class CredentialContext {
    private final SecurityIdentity identity;

    public CredentialContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Credential current() {
        Credential credential = identity.getAttribute(Credential.ATTRIBUTE);
        if (credential == null) {
            throw new UnauthorizedException();
        }
        return credential;
    }

    /** Refuses an API token without {@code scope}: 403 naming the scope. */
    public void requireScope(ApiTokenScope scope) {
        if (!current().allows(scope)) {
            throw new ForbiddenActionException(
                    "auth.scope-missing",
                    "This API token lacks the scope '" + scope.name()
                            + "'. Sign in with a password, or create a token with that scope.");
        }
    }
}
