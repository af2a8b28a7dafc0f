package io.kaiku.identity;

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

    public AuthService(UserRepository users, PasswordHasher passwords, AccessTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @Transactional
    public LoginResponse login(LoginRequest request) {
        User user = users.findByEmail(request.email().strip()).orElse(null);
        boolean matches = passwords.matches(request.password(), user == null ? null : user.passwordHash);
        if (user == null || !matches || !user.active) {
            throw new InvalidCredentialsException();
        }
        AccessTokens.Issued issued = tokens.issue(user.id);
        return new LoginResponse(issued.token(), issued.expiresAt(), UserView.of(user));
    }

    @Transactional
    public UserView me(Caller caller) {
        return users.findByIdOptional(caller.userId()).map(UserView::of).orElseThrow(InvalidCredentialsException::new);
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
