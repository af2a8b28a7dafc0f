package io.kaiku.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be, wherever one is set: long enough to resist guessing, short enough to
 * hash quickly, and not the account's own email address.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** Why {@code password} is not acceptable for the account with {@code email}, or empty if it is. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password may have at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (email != null
                && password.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("A password cannot be the account's email address.");
        }
        return Optional.empty();
    }
}
