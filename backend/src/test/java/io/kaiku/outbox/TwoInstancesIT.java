package io.kaiku.outbox;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaiku.testing.PackagedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two packaged instances on one database, both writing tickets and both running the outbox: every
 * event reaches the tally consumer exactly once, and the inbox counts equal a count of the tickets.
 */
class TwoInstancesIT {
    private static final String ADMIN_EMAIL = "admin@two.test";
    private static final String ADMIN_PASSWORD = "two-instances-password-1";

    @Test
    void eachEventReachesEachConsumerOnceWithTwoInstances() throws Exception {
        try (EmbeddedPostgres postgres = io.kaiku.platform.EmbeddedDatabase.withLocale(EmbeddedPostgres.builder())
                .setServerConfig("max_connections", "300")
                .start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("create role kaiku login nosuperuser password 'two-instances'");
                sql.execute("create database kaiku owner kaiku");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Map<String, String> environment = Map.of(
                    "KAIKU_DB_URL",
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/kaiku",
                    "KAIKU_DB_USER",
                    "kaiku",
                    "KAIKU_DB_PASSWORD",
                    "two-instances",
                    "KAIKU_DB_POOL_SIZE",
                    "20",
                    "KAIKU_TOKEN_SIGNING_KEY",
                    Base64.getEncoder().encodeToString(key),
                    "KAIKU_ADMIN_EMAIL",
                    ADMIN_EMAIL,
                    "KAIKU_ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "KAIKU_RATE_LIMIT_ENABLED",
                    "false");
            try (PackagedServer first = PackagedServer.start(Files.createTempDirectory("kaiku-first"), environment);
                    PackagedServer second =
                            PackagedServer.start(Files.createTempDirectory("kaiku-second"), environment)) {
                String token = first.login(ADMIN_EMAIL, ADMIN_PASSWORD);
                long customerId = first.send(token, "POST", "/api/v1/customers", Map.of("name", "Two Instances Oy"))
                        .get("id")
                        .asLong();
                List<PackagedServer> servers = List.of(first, second);
                String[] statuses = {"open", "pending", "solved", "on_hold"};
                ExecutorService clients = Executors.newFixedThreadPool(8);
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < 240; i++) {
                    int n = i;
                    work.add(clients.submit(() -> {
                        PackagedServer opener = servers.get(n % 2);
                        PackagedServer changer = servers.get((n + 1) % 2);
                        long id = opener.send(
                                        token,
                                        "POST",
                                        "/api/v1/tickets",
                                        Map.of("subject", "Ticket " + n, "channel", "phone", "customerId", customerId))
                                .get("id")
                                .asLong();
                        changer.send(
                                token,
                                "PATCH",
                                "/api/v1/tickets/" + id,
                                Map.of("status", statuses[n % statuses.length]));
                        return null;
                    }));
                }
                for (Future<?> future : work) {
                    future.get();
                }
                clients.shutdown();

                awaitTallyCaughtUp(first, token);
                try (Connection connection =
                        postgres.getDatabase("kaiku", "kaiku").getConnection()) {
                    long ticketEvents = count(connection, "select count(*) from outbox_event where topic = 'ticket'");
                    assertEquals(480, ticketEvents);
                    assertEquals(
                            ticketEvents,
                            count(connection, "select processed from outbox_consumer where name = 'ticket-tally'"),
                            "the tally handled every ticket event exactly once");
                    assertEquals(0, count(connection, """
                                    select count(*) from (
                                      (select status, priority, assignee_id, queue_id, count(*) from ticket group by 1, 2, 3, 4
                                       except
                                       select status, priority, assignee_id, queue_id, tickets from ticket_tally where tickets <> 0)
                                      union all
                                      (select status, priority, assignee_id, queue_id, tickets from ticket_tally where tickets <> 0
                                       except
                                       select status, priority, assignee_id, queue_id, count(*) from ticket group by 1, 2, 3, 4)) d
                                    """));
                    long open = count(
                            connection,
                            "select count(*) from ticket where status in ('new', 'open', 'pending', 'on_hold')");
                    for (PackagedServer server : servers) {
                        JsonNode counts = server.send(token, "GET", "/api/v1/tickets/counts", null);
                        assertEquals(open, counts.get("allOpen").asLong());
                        assertEquals(60, counts.get("solved").asLong());
                    }
                }
            }
        }
    }

    private static void awaitTallyCaughtUp(PackagedServer server, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode consumer : server.send(token, "GET", "/api/v1/outbox/consumers", null)) {
                if (consumer.get("name").asText().equals("ticket-tally")
                        && consumer.get("waiting").asLong() == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The tally did not catch up within a minute");
    }

    private static long count(Connection connection, String query) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getLong(1);
        }
    }
}
