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
        customer,
        /** No token at all: a visitor of the help center. */
        anonymous
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNIQUE_NAMES =
            Set.of("createQueue", "updateQueue", "createOrganization", "updateOrganization");

    private static Api.Staff agent;
    private static Api.PortalCustomer customer;
    private static KbArticleFixture helpCenterArticle;

    private ContractFixtures() {}

    /** The caller's bearer token; null for an anonymous caller. */
    public static synchronized String token(Caller caller) {
        return switch (caller) {
            case anonymous -> null;
            case admin -> Api.admin();
            case agent -> agent().token();
            case customer -> portalCustomer().token();
        };
    }

    /**
     * The caller an operation is meant for: customers for the portal and the help center (which
     * anonymous visitors read too), an admin for the rest.
     */
    public static Caller intendedCaller(Operation operation) {
        return operation.path().startsWith("/api/v1/portal/")
                        || operation.path().startsWith("/api/v1/help-center/")
                ? Caller.customer
                : Caller.admin;
    }

    /** The path with each parameter replaced by a real value: a fresh object the caller may see and change. */
    public static String path(Operation operation, Caller caller) {
        return fill(operation.path(), pathValues(operation, caller));
    }

    /** The path with its parameters replaced by the given values. */
    public static String fill(String path, Map<String, String> values) {
        String filled = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /** A real value for every path parameter of the operation, objects made for the caller. */
    public static Map<String, String> pathValues(Operation operation, Caller caller) {
        String path = operation.path();
        Map<String, String> values = new LinkedHashMap<>();
        if (path.startsWith("/api/v1/knowledge-base/articles/{id}")) {
            // One article serves all the parameters below it: its translation, versions and files.
            KbArticleFixture article = kbArticle("public");
            values.put("id", Long.toString(article.id()));
            values.put("language", "en");
            values.put("number", "1");
            values.put("attachmentId", Long.toString(article.attachmentId()));
            return values;
        }
        if (path.startsWith("/api/v1/help-center/attachments/{id}")) {
            values.put("id", Long.toString(helpCenterArticle().attachmentId()));
            return values;
        }
        if (path.contains("{id}")) {
            values.put("id", Long.toString(pathId(path, caller)));
        }
        if (path.contains("{slug}")) {
            values.put("slug", helpCenterArticle().slug());
        }
        if (path.contains("{ticketId}")) {
            long customer = Api.customer(Api.admin());
            values.put(
                    "ticketId",
                    Long.toString(
                            path.startsWith("/api/v1/knowledge-base/ticket-drafts/")
                                    ? solvedTicket(customer)
                                    : Api.ticket(Api.admin(), customer)));
        }
        return values;
    }

    /** Query parameters an operation needs to succeed (the rest are left out). */
    public static Map<String, String> query(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (operation.operationId()) {
            case "searchHelpCenter", "suggestHelpCenterArticles" -> values.put("q", "refund");
            case "previewHelpCenterLink" ->
                values.put(
                        "url",
                        "https://help.example.com/help/en/articles/"
                                + helpCenterArticle().id());
            case "downloadHelpCenterAttachment" ->
                values.put("key", helpCenterArticle().attachmentKey());
            case "diffTranslationVersions" -> {
                values.put("from", "1");
                values.put("to", "1");
            }
            default -> {}
        }
        return values;
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
        if (path.startsWith("/api/v1/auth/sessions/")) {
            return otherSession(caller);
        }
        if (path.startsWith("/api/v1/knowledge-base/categories/")) {
            return kbCategory("public");
        }
        if (path.startsWith("/api/v1/knowledge-base/sections/")) {
            return kbSection(kbCategory("public"), "public");
        }
        if (path.startsWith("/api/v1/help-center/sections/")) {
            return helpCenterArticle().sectionId();
        }
        if (path.startsWith("/api/v1/help-center/articles/")) {
            return helpCenterArticle().id();
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
                    case "categoryId" -> object.put(name, kbCategory("public"));
                    case "sectionId" -> object.put(name, kbSection(kbCategory("public"), "public"));
                    case "articleId" -> object.put(name, kbArticle("public").id());
                    case "sourceTicketId" -> object.put(name, solvedTicket(Api.customer(Api.admin())));
                    case "ticketId" -> object.put(name, portalTicket());
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

    /** A second session of the caller's account (signed in once more), which the caller may end. */
    public static long otherSession(Caller caller) {
        Caller owner = caller == Caller.anonymous ? Caller.admin : caller;
        String email = Api.as(token(owner))
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .extract()
                .path("email");
        String password = owner == Caller.admin ? Api.ADMIN_PASSWORD : Api.PASSWORD;
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return id(Api.as(token)
                .get("/api/v1/auth/sessions")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.current }.id"));
    }

    /**
     * One public, published article for the help center's operations, which only read it (or count
     * views and votes): its id, slug, section, attachment and the attachment's key belong together.
     */
    public static synchronized KbArticleFixture helpCenterArticle() {
        if (helpCenterArticle == null) {
            helpCenterArticle = kbArticle("public");
        }
        return helpCenterArticle;
    }

    /** A published article with an attachment, as the help center shows it. */
    public record KbArticleFixture(long id, long sectionId, String slug, long attachmentId, String attachmentKey) {}

    public static long kbCategory(String visibility) {
        return id(Api.as(Api.admin())
                .body(Map.of("names", Map.of("en", Api.unique("Billing")), "visibility", visibility))
                .post("/api/v1/knowledge-base/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static long kbSection(long categoryId, String visibility) {
        return id(Api.as(Api.admin())
                .body(Map.of(
                        "categoryId",
                        categoryId,
                        "names",
                        Map.of("en", Api.unique("Refunds"), "fi", "Hyvitykset"),
                        "visibility",
                        visibility))
                .post("/api/v1/knowledge-base/sections")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A fresh article in a fresh category and section, published in English and Finnish, with one attachment. */
    public static KbArticleFixture kbArticle(String visibility) {
        long section = kbSection(kbCategory(visibility), visibility);
        String title = Api.unique("Refund of a double charge");
        Map<String, Object> translation = Map.of(
                "language",
                "en",
                "title",
                title,
                "bodyHtml",
                "<p>A second payment of the same invoice is refunded within five working days.</p>",
                "keywords",
                java.util.List.of("refund"),
                "state",
                "published");
        Map<String, Object> finnish = Map.of(
                "language",
                "fi",
                "title",
                Api.unique("Tuplaveloituksen hyvitys"),
                "bodyHtml",
                "<p>Saman laskun toinen maksu hyvitetään viiden arkipäivän kuluessa.</p>",
                "state",
                "published");
        var created = Api.as(Api.admin())
                .body(Map.of(
                        "sectionId",
                        section,
                        "visibility",
                        visibility,
                        "translations",
                        java.util.List.of(translation, finnish)))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(201)
                .extract();
        long article = id(created.path("id"));
        String slug = created.path("translations.find { it.language == 'en' }.slug");
        long attachment = kbAttachment(article);
        String url = Api.as(Api.admin())
                .get("/api/v1/knowledge-base/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .path("attachments[0].url");
        String key = url.substring(url.indexOf("key=") + 4);
        return new KbArticleFixture(article, section, slug, attachment, key);
    }

    public static long kbAttachment(long articleId) {
        return id(given().header("Authorization", "Bearer " + Api.admin())
                .multiPart("file", "refund-form.txt", "Refund form, 2026 edition".getBytes(), "text/plain")
                .accept(ContentType.JSON)
                .post("/api/v1/knowledge-base/articles/{id}/attachments", articleId)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A ticket an agent answered and solved, as articles are written from. */
    public static long solvedTicket(long customerId) {
        long ticket = Api.ticket(Api.admin(), customerId);
        Api.as(Api.admin())
                .body(Map.of("kind", "reply", "body", "The second payment was refunded.", "status", "solved"))
                .post("/api/v1/tickets/{id}/messages", ticket)
                .then()
                .statusCode(201);
        return ticket;
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
