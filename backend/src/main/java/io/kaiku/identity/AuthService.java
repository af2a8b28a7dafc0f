package io.kaiku.identity;

import java.time.Clock;

import io.kaiku.common.ApiException;
import io.kaiku.common.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sign-in with email and password. */
@ApplicationScoped
public class AuthService {
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens tokens;
    private final UserViews views;
    private final Clock clock;

    public AuthService(
            UserRepository users, PasswordHasher passwords, AccessTokens tokens, UserViews views, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public LoginResponse login(LoginRequest request) {
        User user = users.findByEmail(request.email().strip()).orElse(null);
        boolean matches = passwords.matches(request.password(), user == null ? null : user.passwordHash);
        if (user == null || !matches || !user.active) {
            throw new InvalidCredentialsException();
        }
        AccessTokens.Issued issued = tokens.issue(user.id);
        return new LoginResponse(issued.token(), issued.expiresAt(), views.of(user));
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
                    java.util.List.of());
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
