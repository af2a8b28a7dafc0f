package io.kaiku.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kaiku.common.ApiException;
import io.kaiku.common.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sign-in with email and password. */
@ApplicationScoped
public class AuthService {
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final UserViews views;
    private final Clock clock;

    public AuthService(
            UserRepository users,
            PasswordHasher passwords,
            SessionService sessions,
            LoginThrottle throttle,
            UserViews views,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.views = views;
        this.clock = clock;
    }

    public record SignedIn(String token, Instant expiresAt, long sessionId, UserView user) {}

    /**
     * Checks the password and starts a session. Several short transactions rather than one: the
     * deliberately slow hash must not hold a database connection, and a failure must be counted
     * even though the request fails.
     */
    public SignedIn login(LoginRequest request, SessionKind kind, ClientInfo client) {
        String email = request.email().strip();
        throttle.check(email, client.address());
        Optional<User> found = QuarkusTransaction.requiringNew().call(() -> users.findByEmail(email));
        String hash = found.map(u -> u.passwordHash).orElse(null);
        boolean matches = passwords.matches(request.password(), hash);
        if (found.isEmpty() || !matches || !found.get().active) {
            throttle.failed(email, client.address());
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        throttle.succeeded(email);
        SessionService.Started started = sessions.start(user.id, kind, client);
        return new SignedIn(started.token(), started.expiresAt(), started.id(), views.of(user));
    }

    @Transactional
    public UserView me(Caller caller) {
        return users.findByIdOptional(caller.userId()).map(views::of).orElseThrow(InvalidCredentialsException::new);
    }

    @Transactional
    public UserView updateMe(Caller caller, UpdateProfileRequest request) {
        User user = users.findByIdOptional(caller.userId()).orElseThrow(InvalidCredentialsException::new);
        if (request.language != null) {
            views.setLanguage(user, request.language.orElse(null));
        }
        if (request.timeZone != null) {
            user.timeZone = request.timeZone.orElse(null);
        }
        user.updatedAt = clock.instant();
        users.flush();
        return views.of(user);
    }

    static class InvalidCredentialsException extends ApiException {
        InvalidCredentialsException() {
            super(
                    "auth.invalid-credentials",
                    "The email or password is wrong, or the account is deactivated.",
                    List.of());
        }

        @Override
        public int status() {
            return 401;
        }

        @Override
        public String title() {
            return "Unauthorized";
        }
    }
}
