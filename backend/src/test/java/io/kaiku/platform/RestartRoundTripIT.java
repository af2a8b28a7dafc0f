package io.kaiku.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged server as `make run` starts it, twice on one data directory: a ticket logged by
 * an agent with the whole complaint record, its conversation, compensation and actions taken
 * come back unchanged after the restart.
 */
class RestartRoundTripIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ADMIN_EMAIL = "admin@restart.test";
    private static final String ADMIN_PASSWORD = "restart-password-1";

    @Test
    void aFullyRecordedTicketSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("kaiku-restart");
        int port = freePort();
        long ticketId;
        Map<String, JsonNode> before;
        try (PackagedServer server = PackagedServer.start(data, port)) {
            String token = login(port);
            long customerId = send(
                            port,
                            token,
                            "POST",
                            "/api/v1/customers",
                            Map.of(
                                    "name",
                                    "Aino Virtanen",
                                    "email",
                                    "aino@example.fi",
                                    "phone",
                                    "+358 40 123 4567",
                                    "address",
                                    Map.of(
                                            "street",
                                            "Mannerheimintie 1",
                                            "postalCode",
                                            "00100",
                                            "city",
                                            "Helsinki",
                                            "country",
                                            "FI"),
                                    "language",
                                    "fi"))
                    .get("id")
                    .asLong();
            long adminId =
                    send(port, token, "GET", "/api/v1/auth/me", null).get("id").asLong();
            long queueId = send(port, token, "GET", "/api/v1/queues", null)
                    .get(0)
                    .get("id")
                    .asLong();
            ticketId = send(
                            port,
                            token,
                            "POST",
                            "/api/v1/tickets",
                            Map.ofEntries(
                                    Map.entry("subject", "Invoice charged twice"),
                                    Map.entry("description", "Called about a double charge on the March invoice."),
                                    Map.entry("channel", "phone"),
                                    Map.entry("customerId", customerId),
                                    Map.entry("queueId", queueId),
                                    Map.entry("assigneeId", adminId),
                                    Map.entry("receivedById", adminId),
                                    Map.entry("customerLosingMoney", true),
                                    Map.entry("tags", java.util.List.of("billing", "refund")),
                                    Map.entry("promisedBy", "2026-12-01T12:00:00Z"),
                                    Map.entry("agreedSolution", "Refund the second charge"),
                                    Map.entry("followUpAt", "2026-12-03T09:00:00Z"),
                                    Map.entry("preventionSuggestion", "Make the payment button idempotent")))
                    .get("id")
                    .asLong();
            send(
                    port,
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/messages",
                    Map.of("kind", "reply", "body", "<p>We are refunding the <b>second</b> charge.</p>"));
            send(
                    port,
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/messages",
                    Map.of("kind", "note", "body", "Payment provider ticket 4411."));
            send(
                    port,
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/compensations",
                    Map.of(
                            "kind",
                            "monetary",
                            "amount",
                            49.90,
                            "currency",
                            "EUR",
                            "reason",
                            "Double charge",
                            "approvedById",
                            adminId));
            long version = send(port, token, "GET", "/api/v1/tickets/" + ticketId, null)
                    .get("version")
                    .asLong();
            send(
                    port,
                    token,
                    "PATCH",
                    "/api/v1/tickets/" + ticketId,
                    Map.of("status", "solved", "resolutionSummary", "Second charge refunded", "version", version));
            before = snapshot(port, token, ticketId);
        }
        try (PackagedServer server = PackagedServer.start(data, port)) {
            Map<String, JsonNode> after = snapshot(port, login(port), ticketId);
            assertEquals(before, after);
        }
        JsonNode ticket = before.get("ticket");
        assertEquals("urgent", ticket.get("priority").asText());
        assertEquals("solved", ticket.get("status").asText());
        assertEquals("Aino Virtanen", ticket.get("customer").get("name").asText());
        assertEquals("Refund the second charge", ticket.get("agreedSolution").asText());
        assertTrue(ticket.hasNonNull("solvedAt") && ticket.hasNonNull("firstResponseAt"), ticket.toString());
        assertEquals(2, before.get("messages").size(), before.get("messages").toString());
        assertTrue(
                before.get("events").toString().contains("status_changed"),
                before.get("events").toString());
    }

    private static Map<String, JsonNode> snapshot(int port, String token, long ticketId) throws Exception {
        String path = "/api/v1/tickets/" + ticketId;
        return Map.of(
                "ticket",
                send(port, token, "GET", path, null),
                "messages",
                send(port, token, "GET", path + "/messages", null),
                "events",
                send(port, token, "GET", path + "/events", null),
                "compensations",
                send(port, token, "GET", path + "/compensations", null));
    }

    private static String login(int port) throws Exception {
        return send(port, null, "POST", "/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .get("accessToken")
                .asText();
    }

    private static JsonNode send(int port, String token, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(
                response.statusCode() / 100 == 2,
                method + " " + path + " → " + response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** `java -jar target/quarkus-app/quarkus-run.jar` with its embedded database in {@code data}. */
    private static final class PackagedServer implements AutoCloseable {
        private final Process process;

        private PackagedServer(Process process) {
            this.process = process;
        }

        static PackagedServer start(Path data, int port) throws Exception {
            Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            data.resolve("kaiku.log").toFile()));
            Map<String, String> env = builder.environment();
            env.remove("KAIKU_DB_URL");
            env.put("KAIKU_DATA_DIR", data.toString());
            env.put("KAIKU_PORT", Integer.toString(port));
            env.put("KAIKU_ADMIN_EMAIL", ADMIN_EMAIL);
            env.put("KAIKU_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("KAIKU_WEB_ROOT", data.resolve("no-spa").toString());
            PackagedServer server = new PackagedServer(builder.start());
            server.awaitReady(port, data);
            return server;
        }

        private void awaitReady(int port, Path data) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kaiku exited:\n" + Files.readString(data.resolve("kaiku.log")));
                }
                try {
                    HttpResponse<Void> ready = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Still starting.
                }
                Thread.sleep(200);
            }
            close();
            throw new IllegalStateException(
                    "Kaiku did not become ready:\n" + Files.readString(data.resolve("kaiku.log")));
        }

        /** A normal stop (SIGTERM), as Ctrl-C on `make run`: the embedded database shuts down with it. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
