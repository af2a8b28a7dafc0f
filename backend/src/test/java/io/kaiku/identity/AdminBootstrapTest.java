package io.kaiku.identity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiku.common.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first admin: a chosen password meets the policy; a generated one reaches the console only. */
@QuarkusTest
class AdminBootstrapTest {
    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    UserTransaction transaction;

    @Test
    void aWeakChosenPasswordStopsTheStart() {
        for (String weak : new String[] {"short", "          ", "first@kaiku.test"}) {
            AdminBootstrap bootstrap = bootstrap(Optional.of(weak), System.out);
            IllegalStateException refused = assertThrows(IllegalStateException.class, bootstrap::checkChosenPassword);
            assertTrue(refused.getMessage().startsWith("KAIKU_ADMIN_PASSWORD"), refused.getMessage());
        }
        bootstrap(Optional.of("a-good-long-password"), System.out).checkChosenPassword();
    }

    @Test
    void aGeneratedPasswordIsPrintedToTheConsoleAndNeverLogged() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                Object[] parameters = record.getParameters();
                logged.add(
                        message + (parameters == null ? "" : List.of(parameters).toString()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AdminBootstrap.class.getName());
        logger.addHandler(capture);
        try {
            transaction.begin();
            try {
                // As on a first start: no admin yet (undone with the rest of this transaction).
                users.update("role = ?1 where role = ?2", Role.manager, Role.admin);
                bootstrap(Optional.empty(), new PrintStream(console, true, StandardCharsets.UTF_8))
                        .createAdminIfNone();
                User created = users.findByEmail("first@kaiku.test").orElseThrow();
                String printed = console.toString(StandardCharsets.UTF_8);
                Matcher password = Pattern.compile("password: (\\S+)").matcher(printed);
                assertTrue(password.find(), printed);
                String secret = password.group(1);
                assertTrue(passwords.matches(secret, created.passwordHash));
                assertEquals(Role.admin, created.role);
                assertFalse(logged.isEmpty(), "the creation itself is logged");
                assertTrue(logged.stream().noneMatch(line -> line.contains(secret)), logged.toString());
            } finally {
                transaction.rollback();
            }
        } finally {
            logger.removeHandler(capture);
        }
    }

    private AdminBootstrap bootstrap(Optional<String> password, PrintStream console) {
        return new AdminBootstrap(users, passwords, clock, "first@kaiku.test", password, console);
    }
}
