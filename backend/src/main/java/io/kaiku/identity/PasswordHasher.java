package io.kaiku.identity;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Passwords are kept only as bcrypt hashes. */
@ApplicationScoped
public class PasswordHasher {
    // A valid hash of a random password: checked when no user matches, so both paths take as long.
    private static final String DECOY = "$2a$10$7EqJtq98hPqEX7fNZaFWoO5rR6Ws9lIG4gXyG8lPKEqO2bS6kQ0Ne";

    private final int cost;

    public PasswordHasher(@ConfigProperty(name = "kaiku.auth.bcrypt-cost", defaultValue = "11") int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        String expected = hash == null ? DECOY : hash;
        boolean verified = BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))
                .verified;
        return hash != null && verified;
    }
}
