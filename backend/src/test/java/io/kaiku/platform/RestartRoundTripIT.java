package io.kaiku.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaiku.testing.PackagedServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged server as `make run` starts it, twice on one data directory: a ticket logged by
 * an agent with the whole complaint record, its conversation, compensation and actions taken
 * come back unchanged after the restart.
 */
class RestartRoundTripIT {
    private static final String ADMIN_EMAIL = "admin@restart.test";
    private static final String ADMIN_PASSWORD = "restart-password-1";

    @Test
    void aFullyRecordedTicketSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("kaiku-restart");
        long ticketId;
        Map<String, JsonNode> before;
        try (PackagedServer server = start(data)) {
            String token = server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
            long customerId = server.send(
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
                    server.send(token, "GET", "/api/v1/auth/me", null).get("id").asLong();
            long queueId = server.send(token, "GET", "/api/v1/queues", null)
                    .get(0)
                    .get("id")
                    .asLong();
            ticketId = server.send(
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
            server.send(
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/messages",
                    Map.of("kind", "reply", "body", "<p>We are refunding the <b>second</b> charge.</p>"));
            server.send(
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/messages",
                    Map.of("kind", "note", "body", "Payment provider ticket 4411."));
            server.send(
                    token,
                    "POST",
                    "/api/v1/tickets/" + ticketId + "/compensations",
                    Map.of("kind", "monetary", "amount", 49.90, "currency", "EUR", "reason", "Double charge"));
            long version = server.send(token, "GET", "/api/v1/tickets/" + ticketId, null)
                    .get("version")
                    .asLong();
            server.send(
                    token,
                    "PATCH",
                    "/api/v1/tickets/" + ticketId,
                    Map.of("status", "solved", "resolutionSummary", "Second charge refunded", "version", version));
            before = snapshot(server, token, ticketId);
        }
        try (PackagedServer server = start(data)) {
            Map<String, JsonNode> after = snapshot(server, server.login(ADMIN_EMAIL, ADMIN_PASSWORD), ticketId);
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

    private static PackagedServer start(Path data) throws Exception {
        return PackagedServer.start(
                data, Map.of("KAIKU_ADMIN_EMAIL", ADMIN_EMAIL, "KAIKU_ADMIN_PASSWORD", ADMIN_PASSWORD));
    }

    private static Map<String, JsonNode> snapshot(PackagedServer server, String token, long ticketId) throws Exception {
        String path = "/api/v1/tickets/" + ticketId;
        return Map.of(
                "ticket",
                server.send(token, "GET", path, null),
                "messages",
                server.send(token, "GET", path + "/messages", null),
                "events",
                server.send(token, "GET", path + "/events", null),
                "compensations",
                server.send(token, "GET", path + "/compensations", null));
    }
}
