package io.kaiku.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

import io.kaiku.common.Caller;
import io.kaiku.common.CallerContext;
import io.kaiku.common.DatabaseOutage;
import io.kaiku.common.ForbiddenActionException;
import io.kaiku.common.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Turns a presented token into the caller. The user and the token's session are read on every
 * request, so a deactivated account, a changed role or an ended session takes effect at once
 * rather than when the token expires. That read is one query by primary keys, outside any
 * transaction: it runs before every API call.
 */
@ApplicationScoped
public class CallerResolver {
    private static final String OPEN_SESSION = "select u.name, u.role, u.customer_id, s.last_seen_at"
            + " from user_session s join app_user u on u.id = s.user_id"
            + " where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ? and u.active";
    private static final String ACTIVE_USER = "select name, role, customer_id from app_user where id = ? and active";
    // Last use is recorded at most once a minute per session, so busy sessions do not write on every call.
    private static final String TOUCH_SESSION =
            "update user_session set last_seen_at = ? where id = ? and last_seen_at < ?";

    private final AccessTokens accessTokens;
    private final ApiTokenService apiTokens;
    private final DataSource dataSource;
    private final DatabaseOutage outage;
    private final Clock clock;

    public CallerResolver(
            AccessTokens accessTokens,
            ApiTokenService apiTokens,
            DataSource dataSource,
            DatabaseOutage outage,
            Clock clock) {
        this.accessTokens = accessTokens;
        this.apiTokens = apiTokens;
        this.dataSource = dataSource;
        this.outage = outage;
        this.clock = clock;
    }

    @ActivateRequestContext
    public SecurityIdentity resolve(BearerTokenRequest request) {
        String token = request.token();
        Resolved resolved;
        try {
            resolved = token.startsWith(ApiTokenService.PREFIX) && !request.fromCookie()
                    ? fromApiToken(token)
                    : fromAccessToken(request);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isConnectionFailure(e)) {
                throw new AuthenticationFailedException(outage.unavailable(e));
            }
            throw e;
        }
        Caller caller = resolved.caller();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Long.toString(caller.userId())))
                .addAttribute(CallerContext.ATTRIBUTE, caller)
                .addAttribute(Credential.ATTRIBUTE, resolved.credential());
        caller.role().effectiveRoles().forEach(role -> identity.addRole(role.name()));
        return identity.build();
    }

    private record Resolved(Caller caller, Credential credential) {}

    private Resolved fromAccessToken(BearerTokenRequest request) {
        AccessTokens.Verified verified =
                accessTokens.verify(request.token()).orElseThrow(AuthenticationFailedException::new);
        if (request.fromCookie()
                && request.unsafeMethod()
                && !accessTokens.isCsrfToken(verified.sessionId(), request.csrfToken())) {
            throw new AuthenticationFailedException(new ForbiddenActionException(
                    "auth.csrf-token-missing",
                    "Requests that change data with the session cookie must send its CSRF token in "
                            + SessionCookies.CSRF_HEADER + "."));
        }
        Caller caller = openSession(verified).orElseThrow(AuthenticationFailedException::new);
        return new Resolved(caller, Credential.session(verified.sessionId()));
    }

    private Resolved fromApiToken(String token) {
        ApiToken apiToken = apiTokens.authenticate(token).orElseThrow(AuthenticationFailedException::new);
        Caller user = activeUser(apiToken.userId).orElseThrow(AuthenticationFailedException::new);
        if (!user.isStaff()) {
            throw new AuthenticationFailedException();
        }
        // A token never grants more than its owner has today.
        Role role = user.role().includes(apiToken.role) ? apiToken.role : user.role();
        return new Resolved(
                new Caller(user.userId(), user.name(), role, null),
                Credential.apiToken(apiToken.id, ApiTokenScope.parse(apiToken.scopes)));
    }

    private Optional<Caller> openSession(AccessTokens.Verified verified) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Caller caller;
            Instant lastSeen;
            try (PreparedStatement statement = connection.prepareStatement(OPEN_SESSION)) {
                statement.setLong(1, verified.sessionId());
                statement.setLong(2, verified.userId());
                statement.setTimestamp(3, Timestamp.from(now));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    caller = caller(verified.userId(), row);
                    lastSeen = row.getTimestamp(4).toInstant();
                }
            }
            if (lastSeen.isBefore(now.minusSeconds(60))) {
                try (PreparedStatement touch = connection.prepareStatement(TOUCH_SESSION)) {
                    touch.setTimestamp(1, Timestamp.from(now));
                    touch.setLong(2, verified.sessionId());
                    touch.setTimestamp(3, Timestamp.from(now.minusSeconds(60)));
                    touch.executeUpdate();
                }
            }
            return Optional.of(caller);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in user", e);
        }
    }

    private Optional<Caller> activeUser(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ACTIVE_USER)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(caller(id, row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in user", e);
        }
    }

    private static Caller caller(long id, ResultSet row) throws SQLException {
        long customerId = row.getLong(3);
        Long customer = row.wasNull() ? null : customerId;
        return new Caller(id, row.getString(1), Role.valueOf(row.getString(2)), customer);
    }
}
