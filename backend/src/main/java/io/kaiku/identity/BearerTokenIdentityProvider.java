package io.kaiku.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BearerTokenIdentityProvider implements IdentityProvider<BearerTokenRequest> {
    private final CallerResolver resolver;

    public BearerTokenIdentityProvider(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Class<BearerTokenRequest> getRequestType() {
        return BearerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> resolver.resolve(request));
    }
}
