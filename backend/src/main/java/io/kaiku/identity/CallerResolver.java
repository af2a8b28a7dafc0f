package io.kaiku.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import io.kaiku.common.Caller;
import io.kaiku.common.CallerContext;
import io.kaiku.common.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Turns a bearer token into the caller. The user is read on every request, so a deactivated
 * account or a changed role takes effect at once rather than when the token expires. That read is
 * one indexed query outside any transaction: it runs before every API call.
 */
@ApplicationScoped
public class CallerResolver {
    private static final String ACTIVE_USER = "select name, role, customer_id from app_user where id = ? and active";

    private final AccessTokens accessTokens;
    private final ApiTokenService apiTokens;
    private final DataSource dataSource;

    public CallerResolver(AccessTokens accessTokens, ApiTokenService apiTokens, DataSource dataSource) {
        this.accessTokens = accessTokens;
        this.apiTokens = apiTokens;
        this.dataSource = dataSource;
    }

    @ActivateRequestContext
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
        return activeUser(userId).orElseThrow(AuthenticationFailedException::new);
    }

    private Caller fromApiToken(String token) {
        ApiToken apiToken = apiTokens.authenticate(token).orElseThrow(AuthenticationFailedException::new);
        Caller user = activeUser(apiToken.userId).orElseThrow(AuthenticationFailedException::new);
        if (!user.isStaff()) {
            throw new AuthenticationFailedException();
        }
        // A token never grants more than its owner has today.
        Role role = user.role().includes(apiToken.role) ? apiToken.role : user.role();
        return new Caller(user.userId(), user.name(), role, null);
    }

    private Optional<Caller> activeUser(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ACTIVE_USER)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long customerId = row.getLong(3);
                return Optional.of(new Caller(
                        id, row.getString(1), Role.valueOf(row.getString(2)), row.wasNull() ? null : customerId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in user", e);
        }
    }
}
