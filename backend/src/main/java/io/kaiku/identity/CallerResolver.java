package io.kaiku.identity;

import io.kaiku.common.Caller;
import io.kaiku.common.CallerContext;
import io.kaiku.common.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

/**
 * Turns a bearer token into the caller. The user is read on every request, so a deactivated
 * account or a changed role takes effect at once rather than when the token expires.
 */
@ApplicationScoped
public class CallerResolver {
    private final AccessTokens accessTokens;
    private final ApiTokenService apiTokens;
    private final UserRepository users;

    public CallerResolver(AccessTokens accessTokens, ApiTokenService apiTokens, UserRepository users) {
        this.accessTokens = accessTokens;
        this.apiTokens = apiTokens;
        this.users = users;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity resolve(String token) {
        Caller caller = token.startsWith(ApiTokenService.PREFIX) ? fromApiToken(token) : fromAccessToken(token);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Long.toString(caller.userId())))
                .addAttribute(CallerContext.ATTRIBUTE, caller);
        caller.role().effectiveRoles().forEach(role -> identity.addRole(role.name()));
        return identity.build();
    }

    private Caller fromAccessToken(String token) {
        long userId = accessTokens.verify(token).orElseThrow(AuthenticationFailedException::new);
        User user = activeUser(userId);
        return new Caller(user.id, user.name, user.role, user.customerId);
    }

    private Caller fromApiToken(String token) {
        ApiToken apiToken = apiTokens.authenticate(token).orElseThrow(AuthenticationFailedException::new);
        User user = activeUser(apiToken.userId);
        if (!user.role.isStaff()) {
            throw new AuthenticationFailedException();
        }
        // A token never grants more than its owner has today.
        Role role = user.role.includes(apiToken.role) ? apiToken.role : user.role;
        return new Caller(user.id, user.name, role, null);
    }

    private User activeUser(long id) {
        return users.findByIdOptional(id).filter(u -> u.active).orElseThrow(AuthenticationFailedException::new);
    }
}
