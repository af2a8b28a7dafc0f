package io.kaiku.knowledgebase;

import io.kaiku.common.Caller;
import io.kaiku.common.CallerContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller of a help center request, or null for an anonymous visitor (a bad token is still a 401). */
@RequestScoped
public class Viewer {
    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        if (identity.isAnonymous()) {
            return null;
        }
        return identity.getAttribute(CallerContext.ATTRIBUTE);
    }
}
