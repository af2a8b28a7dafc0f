package io.kaiku.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Reads the {@link Caller} that authentication attached to the security identity. */
@RequestScoped
public class CallerContext {
    public static final String ATTRIBUTE = "kaiku.caller";

    private final SecurityIdentity identity;

    public CallerContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return caller;
    }
}
