package io.kaiku.identity;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kaiku.common.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start, creates the admin from KAIKU_ADMIN_EMAIL / KAIKU_ADMIN_PASSWORD. A chosen
 * password must meet the password policy (Kaiku refuses to start otherwise); a generated one is
 * printed once to the console, straight to standard output, so that it never reaches a log file
 * or a log collector.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final String email;
    private final Optional<String> password;
    private final PrintStream console;

    @Inject
    public AdminBootstrap(
            UserRepository users,
            PasswordHasher passwords,
            Clock clock,
            @ConfigProperty(name = "kaiku.admin.email") String email,
            @ConfigProperty(name = "kaiku.admin.password") Optional<String> password) {
        this(users, passwords, clock, email, password, System.out);
    }

    AdminBootstrap(
            UserRepository users,
            PasswordHasher passwords,
            Clock clock,
            String email,
            Optional<String> password,
            PrintStream console) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.email = email;
        this.password = password.filter(p -> !p.isEmpty());
        this.console = console;
    }

    void onStart(@Observes StartupEvent event) {
        // A weak chosen password stops the start, before anything is written.
        checkChosenPassword();
        try {
            QuarkusTransaction.requiringNew().run(this::createAdminIfNone);
        } catch (RuntimeException e) {
            // Another instance on the same database may have created it at the same moment.
            LOG.warnf("Did not create the first admin: %s", e.getMessage());
        }
    }

    void checkChosenPassword() {
        password.flatMap(p -> PasswordPolicy.problem(p, email)).ifPresent(problem -> {
            throw new IllegalStateException("KAIKU_ADMIN_PASSWORD is not acceptable: " + problem);
        });
    }

    void createAdminIfNone() {
        if (users.existsWithRole(Role.admin)) {
            return;
        }
        String chosen = password.orElse(null);
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
            LOG.infof("Created the first admin %s with a generated password, printed once to the console", email);
            console.printf(
                    "%n*** Kaiku created the first admin %s with the password: %s%n"
                            + "*** It is shown only now and written to no log. Sign in and change it.%n%n",
                    email, secret);
            console.flush();
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
