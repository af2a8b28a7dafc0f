package io.kaiku.testing;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaiku.testing.ContractOperations.Operation;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * Turns the contract's operations and request-body examples into requests that succeed against a
 * running Kaiku: ids in examples are replaced by fresh objects of the right kind, unique values are
 * made unique, and path ids point at fresh objects the caller may use.
 */
public final class ContractFixtures {
    /** Callers the suites act as. */
    public enum Caller {
        admin,
        agent,
        customer
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNIQUE_NAMES =
            Set.of("createQueue", "updateQueue", "createOrganization", "updateOrganization");

    private static Api.Staff agent;
    private static Api.PortalCustomer customer;

    private ContractFixtures() {}

    public static synchronized String token(Caller caller) {
        return switch (caller) {
            case admin -> Api.admin();
            case agent -> agent().token();
            case customer -> portalCustomer().token();
        };
    }

    /** The caller an operation is meant for: customers for the help center, an admin for the rest. */
    public static Caller intendedCaller(Operation operation) {
        return operation.path().startsWith("/api/v1/portal/") ? Caller.customer : Caller.admin;
    }

    /** The path with each {id} replaced by a fresh object the caller may see and change. */
    public static String path(Operation operation, Caller caller) {
        if (!operation.path().contains("{id}")) {
            return operation.path();
        }
        return operation.path().replace("{id}", Long.toString(pathId(operation.path(), caller)));
    }

    private static long pathId(String path, Caller caller) {
        if (path.startsWith("/api/v1/portal/tickets/")) {
            return portalTicket();
        }
        if (path.startsWith("/api/v1/tickets/")) {
            return Api.ticket(Api.admin(), Api.customer(Api.admin()));
        }
        if (path.startsWith("/api/v1/customers/")) {
            return Api.customer(Api.admin());
        }
        if (path.startsWith("/api/v1/organizations/")) {
            return organization();
        }
        if (path.startsWith("/api/v1/queues/")) {
            return queue();
        }
        if (path.startsWith("/api/v1/users/")) {
            return Api.staff("agent").id();
        }
        if (path.startsWith("/api/v1/api-tokens/")) {
            return apiToken(caller);
        }
        if (path.startsWith("/api/v1/attachments/")) {
            return upload(caller);
        }
        if (path.startsWith("/api/v1/compensations/")) {
            return pendingCompensation();
        }
        if (path.startsWith("/api/v1/outbox/failures/")) {
            return outboxFailure();
        }
        throw new IllegalStateException("No fixture for the path id of " + path + "; add one here");
    }

    /** An example body with its ids replaced by fresh objects and its unique values made unique. */
    public static JsonNode body(Operation operation, JsonNode example, Caller caller) {
        JsonNode copy = example.deepCopy();
        substitute(copy, caller);
        if (UNIQUE_NAMES.contains(operation.operationId()) && copy.has("name")) {
            ((ObjectNode) copy).put("name", copy.get("name").asText() + " " + shortId());
        }
        return copy;
    }

    /** Makes a login example true: its user exists with its password. */
    public static void prepare(Operation operation, JsonNode body) {
        if (operation.operationId().equals("login") || operation.operationId().equals("loginWithCookie")) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("name", "Example user");
            user.put("email", body.get("email").asText());
            user.put("password", body.get("password").asText());
            user.put("role", "agent");
            int status = Api.as(Api.admin()).body(user).post("/api/v1/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not create the login example's user: " + status);
            }
        }
    }

    private static void substitute(JsonNode node, Caller caller) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                switch (name) {
                    case "customerId" -> object.put(name, Api.customer(Api.admin()));
                    case "organizationId" -> object.put(name, organization());
                    case "queueId" -> object.put(name, queue());
                    case "assigneeId", "receivedById" -> object.put(name, agent().id());
                    case "email" -> object.put(name, uniqueEmail(value.asText()));
                    case "attachmentIds" -> {
                        ArrayNode ids = JSON.createArrayNode();
                        for (int i = 0; i < value.size(); i++) {
                            ids.add(upload(caller));
                        }
                        object.set(name, ids);
                    }
                    default -> substitute(value, caller);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> substitute(element, caller));
        }
    }

    private static String uniqueEmail(String email) {
        int at = email.indexOf('@');
        return email.substring(0, at) + "+" + shortId() + email.substring(at);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static synchronized Api.Staff agent() {
        if (agent == null) {
            agent = Api.staff("agent");
        }
        return agent;
    }

    private static synchronized Api.PortalCustomer portalCustomer() {
        if (customer == null) {
            customer = Api.portalCustomer();
        }
        return customer;
    }

    /** A compensation an agent recorded above the approval limit, waiting for a manager. */
    public static long pendingCompensation() {
        long ticket = Api.ticket(agent().token(), Api.customer(agent().token()));
        return id(Api.as(agent().token())
                .body(Map.of("kind", "refund", "amount", 500, "currency", "EUR", "reason", "Broken on arrival"))
                .post("/api/v1/tickets/{id}/compensations", ticket)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** An event the tests' flaky consumer refused and set aside. */
    public static long outboxFailure() {
        String marker = Api.unique("refuse");
        var flaky = io.quarkus.arc.Arc.container()
                .instance(io.kaiku.outbox.FlakyConsumer.class)
                .get();
        var dispatcher = io.quarkus.arc.Arc.container()
                .instance(io.kaiku.outbox.OutboxDispatcher.class)
                .get();
        flaky.failOn(marker);
        try {
            long ticket = id(Api.as(Api.admin())
                    .body(Map.of("subject", marker, "channel", "phone", "customerId", Api.customer(Api.admin())))
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            dispatcher.drainAll();
            try (var connection = java.sql.DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
                    var statement = connection.prepareStatement(
                            "select f.id from outbox_failure f"
                                    + " join outbox_event e on e.id = f.event_id where f.consumer = 'test-flaky' and e.subject_id = ?")) {
                statement.setLong(1, ticket);
                try (var row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("The flaky consumer set nothing aside for ticket " + ticket);
                    }
                    return row.getLong(1);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            flaky.recover();
        }
    }

    public static long organization() {
        return id(Api.as(Api.admin())
                .body(Map.of("name", Api.unique("Organization")))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static long queue() {
        return id(Api.as(Api.admin())
                .body(Map.of("name", Api.unique("Queue")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static long portalTicket() {
        return id(Api.as(portalCustomer().token())
                .body(Map.of("subject", Api.unique("Request"), "description", "Please help."))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static long apiToken(Caller caller) {
        Caller owner = caller == Caller.customer ? Caller.agent : caller;
        return id(Api.as(token(owner))
                .body(Map.of("name", Api.unique("Token")))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** An unattached upload of the caller. */
    public static long upload(Caller caller) {
        return id(given().header("Authorization", "Bearer " + token(caller))
                .multiPart("file", "receipt.txt", "Receipt 2026-1187: 49.90 EUR".getBytes(), "text/plain")
                .accept(ContentType.JSON)
                .post("/api/v1/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
