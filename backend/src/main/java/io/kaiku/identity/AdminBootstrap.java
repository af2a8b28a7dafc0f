package io.kaiku.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kaiku.common.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** On the first start, creates the admin from KAIKU_ADMIN_EMAIL / KAIKU_ADMIN_PASSWORD. */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final String email;
    private final Optional<String> password;

    public AdminBootstrap(
            UserRepository users,
            PasswordHasher passwords,
            Clock clock,
            @ConfigProperty(name = "kaiku.admin.email") String email,
            @ConfigProperty(name = "kaiku.admin.password") Optional<String> password) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::createAdminIfNone);
        } catch (RuntimeException e) {
            // Another instance on the same database may have created it at the same moment.
            LOG.warnf("Did not create the first admin: %s", e.getMessage());
        }
    }

    private void createAdminIfNone() {
        if (users.existsWithRole(Role.admin)) {
            return;
        }
        String chosen = password.filter(p -> !p.isBlank()).orElse(null);
        String secret = chosen != null ? chosen : generatePassword();
        Instant now = clock.instant();
        User admin = new User();
        admin.name = "Administrator";
        admin.email = email;
        admin.passwordHash = passwords.hash(secret);
        admin.role = Role.admin;
        admin.createdAt = now;
        admin.updatedAt = now;
        users.persist(admin);
        if (chosen == null) {
            LOG.infof(
                    "Created the first admin %s with the generated password %s (shown only now; change it after signing in)",
                    email, secret);
        } else {
            LOG.infof("Created the first admin %s", email);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return builder.toString();
    }
}
