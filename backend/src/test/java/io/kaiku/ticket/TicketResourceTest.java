package io.kaiku.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.ticket;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TicketResourceTest {
    @jakarta.inject.Inject
    io.kaiku.outbox.OutboxDispatcher dispatcher;

    @Test
    void completeComplaintRecordRoundTrips() {
        var agent = staff("agent");
        var manager = staff("manager");
        long customerId = customer(agent.token());
        Number queueId = as(agent.token())
                .get("/api/v1/queues")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "Invoice charged twice");
        body.put("description", "The March invoice was charged twice to the card.");
        body.put("channel", "phone");
        body.put("customerId", customerId);
        body.put("priority", "high");
        body.put("queueId", queueId);
        body.put("assigneeId", agent.id());
        body.put("receivedById", manager.id());
        body.put("tags", List.of("Billing", "double charge"));
        body.put("promisedBy", "2030-01-02T10:00:00Z");
        body.put("agreedSolution", "Refund the second charge");
        body.put("followUpAt", "2030-01-09T10:00:00Z");
        body.put("preventionSuggestion", "Make the payment call idempotent");
        var created = as(agent.token())
                .body(body)
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/tickets/"))
                .body("number", org.hamcrest.Matchers.matchesPattern("KA-\\d{6,}"))
                .body("status", is("new"))
                .body("priority", is("high"))
                .body("queue.id", is(queueId.intValue()))
                .body("assignee.id", is((int) agent.id()))
                .body("receivedBy.id", is((int) manager.id()))
                .body("customer.id", is((int) customerId))
                .body("customer.phone", is("+358 40 123 4567"))
                .body("tags", contains("billing", "double-charge"))
                .body("promisedBy", is("2030-01-02T10:00:00Z"))
                .body("followUpAt", is("2030-01-09T10:00:00Z"))
                .body("agreedSolution", is("Refund the second charge"))
                .body("preventionSuggestion", is("Make the payment call idempotent"))
                .extract();
        Number id = created.path("id");

        as(agent.token())
                .get("/api/v1/tickets/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("subject", is("Invoice charged twice"))
                .body("description", is("The March invoice was charged twice to the card."))
                .body("channel", is("phone"));
        as(agent.token())
                .get("/api/v1/tickets/{id}/events", id)
                .then()
                .statusCode(200)
                .body("type", hasItem("created"));
    }

    @Test
    void receivedByDefaultsToTheCaller() {
        var agent = staff("agent");
        long ticketId = ticket(agent.token(), customer(agent.token()));
        as(agent.token())
                .get("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .body("receivedBy.id", is((int) agent.id()));
    }

    @Test
    void referencesInTheBodyAreChecked() {
        var agent = staff("agent");
        var portal = portalCustomer();
        long customerId = customer(agent.token());
        as(agent.token())
                .body(Map.of("subject", "x", "channel", "phone", "customerId", 987654321))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("customerId"));
        as(agent.token())
                .body(Map.of("subject", "x", "channel", "phone", "customerId", customerId, "queueId", 987654321))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("queueId"));
        // A customer's portal login is not staff: it cannot be made assignee or receiver.
        Number portalUserId =
                as(portal.token()).get("/api/v1/auth/me").then().extract().path("id");
        as(agent.token())
                .body(Map.of("subject", "x", "channel", "phone", "customerId", customerId, "assigneeId", portalUserId))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("assigneeId"));
        as(agent.token())
                .body(Map.of(
                        "subject", "x", "channel", "phone", "customerId", customerId, "receivedById", portalUserId))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("receivedById"));
        long ticketId = ticket(agent.token(), customerId);
        as(agent.token())
                .body(Map.of("assigneeId", portalUserId))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("assigneeId"));
        as(agent.token())
                .body(Map.of("customerId", 987654321))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("customerId"));
    }

    @Test
    void ticketEndpointsNeedStaff() {
        var portal = portalCustomer();
        long ticketId = ticket(admin(), portal.customerId());
        anonymous().get("/api/v1/tickets").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/tickets/{id}", ticketId).then().statusCode(401);
        as(portal.token()).get("/api/v1/tickets").then().statusCode(403).contentType("application/problem+json");
        as(portal.token()).get("/api/v1/tickets/{id}", ticketId).then().statusCode(403);
        as(portal.token())
                .body(Map.of("subject", "x", "channel", "web", "customerId", portal.customerId()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(403);
        as(portal.token())
                .body(Map.of("priority", "urgent"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(403);
        as(portal.token()).get("/api/v1/workload").then().statusCode(403);
        as(portal.token()).get("/api/v1/tickets/{id}/messages", ticketId).then().statusCode(403);
    }

    @Test
    void unknownTicketIsA404Problem() {
        as(admin())
                .get("/api/v1/tickets/{id}", 999_999_999)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("ticket.not-found"));
    }

    @Test
    void staleIfMatchIsRejected() {
        String token = admin();
        long ticketId = ticket(token, customer(token));
        as(token)
                .header("If-Match", "\"0\"")
                .body(Map.of("subject", "First edit"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(token)
                .header("If-Match", "\"0\"")
                .body(Map.of("subject", "Second edit"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", is("ticket.version-conflict"));
        as(token)
                .body(Map.of("subject", "Third edit", "version", 0))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(409);
        as(token).get("/api/v1/tickets/{id}", ticketId).then().body("subject", is("First edit"));
    }

    @Test
    void patchClearsWithNullAndKeepsWhatIsLeftOut() {
        String token = admin();
        var agent = staff("agent");
        long ticketId = ticket(token, customer(token));
        as(token)
                .body(Map.of("assigneeId", agent.id(), "agreedSolution", "Replace the router"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .body("assignee.id", is((int) agent.id()));
        Map<String, Object> clear = new HashMap<>();
        clear.put("assigneeId", null);
        as(token)
                .body(clear)
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .body("assignee", nullValue())
                .body("agreedSolution", is("Replace the router"));
        Map<String, Object> clearSubject = new HashMap<>();
        clearSubject.put("subject", null);
        as(token)
                .body(clearSubject)
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("subject"));
    }

    @Test
    void losingMoneyForcesUrgent() {
        String token = admin();
        long customerId = customer(token);
        Number id = as(token)
                .body(Map.of(
                        "subject",
                        "Shop is down",
                        "channel",
                        "phone",
                        "customerId",
                        customerId,
                        "priority",
                        "low",
                        "customerLosingMoney",
                        true))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .body("priority", is("urgent"))
                .body("customerLosingMoney", is(true))
                .extract()
                .path("id");
        as(token)
                .body(Map.of("priority", "low"))
                .patch("/api/v1/tickets/{id}", id)
                .then()
                .statusCode(422)
                .body("code", is("ticket.losing-money-is-urgent"));
        as(token)
                .body(Map.of("priority", "low", "customerLosingMoney", false))
                .patch("/api/v1/tickets/{id}", id)
                .then()
                .statusCode(200)
                .body("priority", is("low"));
    }

    @Test
    void statusRules() {
        String token = admin();
        long ticketId = ticket(token, customer(token));
        as(token)
                .body(Map.of("status", "closed"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(422)
                .body("code", is("ticket.close-unsolved"));
        as(token)
                .body(Map.of("status", "solved"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .body("solvedAt", notNullValue());
        as(token)
                .body(Map.of("status", "new"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(422);
        as(token)
                .body(Map.of("status", "closed"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(200)
                .body("closedAt", notNullValue());
        as(token)
                .body(Map.of("status", "open"))
                .patch("/api/v1/tickets/{id}", ticketId)
                .then()
                .statusCode(422)
                .body("code", is("ticket.closed"));
        as(token)
                .body(Map.of("kind", "reply", "body", "<p>Hello?</p>"))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(422);
    }

    @Test
    void repliesNotesAndTheTimeline() {
        var agent = staff("agent");
        long ticketId = ticket(agent.token(), customer(agent.token()));
        as(agent.token())
                .body(Map.of("kind", "reply", "body", "<p>Hello <script>alert(1)</script><b>there</b></p>"))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201)
                .body("body", not(containsString("script")))
                .body("body", containsString("<b>there</b>"))
                .body("bodyText", is("Hello there"))
                .body("author.type", is("staff"));
        as(agent.token())
                .body(Map.of("kind", "note", "body", "Customer sounded upset", "status", "pending"))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201);
        as(agent.token())
                .get("/api/v1/tickets/{id}", ticketId)
                .then()
                .body("status", is("pending"))
                .body("firstResponseAt", notNullValue());
        as(agent.token())
                .get("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(200)
                .body("kind", contains("reply", "note"));
        as(agent.token())
                .get("/api/v1/tickets/{id}/events", ticketId)
                .then()
                .statusCode(200)
                .body("type", hasItems("created", "message_added", "note_added", "status_changed"))
                .body("actor.id", everyItem(is((int) agent.id())));
    }

    @Test
    void emptyMessageAfterSanitisingIsRejected() {
        String token = admin();
        long ticketId = ticket(token, customer(token));
        as(token)
                .body(Map.of("kind", "reply", "body", "<script>alert(1)</script>"))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void compensationsAreRecorded() {
        var agent = staff("agent");
        long customerId = customer(agent.token());
        long ticketId = ticket(agent.token(), customerId);
        as(agent.token())
                .body(Map.of("kind", "monetary", "amount", 25.5, "currency", "EUR", "reason", "Double charge"))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("amount", is(25.5f))
                .body("approval", is("not_required"))
                .body("createdBy.id", is((int) agent.id()));
        as(agent.token())
                .body(Map.of("kind", "gift", "reason", "Sorry for the wait"))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("grantedOn", notNullValue());
        as(agent.token())
                .body(Map.of("kind", "monetary", "reason", "No amount"))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        as(agent.token())
                .get("/api/v1/customers/{id}/compensations", customerId)
                .then()
                .statusCode(200)
                .body("size()", is(2));
        as(agent.token())
                .get("/api/v1/tickets/{id}/events", ticketId)
                .then()
                .body("type", hasItem("compensation_added"));
    }

    @Test
    void listFiltersAndSortsUrgentFirst() {
        var agent = staff("agent");
        long customerId = customer(agent.token());
        String tag = unique("tag").toLowerCase();
        as(agent.token())
                .body(Map.of(
                        "subject",
                        "Cosmetic question",
                        "channel",
                        "email",
                        "customerId",
                        customerId,
                        "priority",
                        "low",
                        "tags",
                        List.of(tag),
                        "assigneeId",
                        agent.id()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201);
        as(agent.token())
                .body(Map.of(
                        "subject",
                        "Shop down, losing sales",
                        "channel",
                        "phone",
                        "customerId",
                        customerId,
                        "customerLosingMoney",
                        true,
                        "tags",
                        List.of(tag),
                        "assigneeId",
                        agent.id()))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201);
        as(agent.token())
                .queryParam("tag", tag)
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .body("items.subject", contains("Shop down, losing sales", "Cosmetic question"));
        as(agent.token())
                .queryParam("tag", tag)
                .queryParam("priority", "low")
                .get("/api/v1/tickets")
                .then()
                .body("items.subject", contains("Cosmetic question"));
        as(agent.token())
                .queryParam("assignee", "me")
                .queryParam("status", "new", "open")
                .get("/api/v1/tickets")
                .then()
                .body("items.size()", is(2));
        as(agent.token())
                .queryParam("customerId", customerId)
                .queryParam("channel", "email")
                .get("/api/v1/tickets")
                .then()
                .body("items.size()", is(1));
        as(agent.token())
                .queryParam("customerId", customerId)
                .queryParam("q", "losing sal")
                .get("/api/v1/tickets")
                .then()
                .body("items.subject", contains("Shop down, losing sales"));
        as(agent.token())
                .queryParam("customerId", customerId)
                .queryParam("sort", "created")
                .get("/api/v1/tickets")
                .then()
                .body("items.subject", contains("Shop down, losing sales", "Cosmetic question"));
        dispatcher.drainAll();
        as(agent.token()).get("/api/v1/tickets/counts").then().statusCode(200).body("myOpen", is(2));
    }

    @Test
    void searchFindsWordsInMessagesAndNumbers() {
        String token = admin();
        long customerId = customer(token);
        long ticketId = ticket(token, customerId);
        String word = "zebra" + System.nanoTime();
        as(token)
                .body(Map.of("kind", "note", "body", "Mentions " + word))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201);
        as(token).queryParam("q", word).get("/api/v1/tickets").then().body("items.id", contains((int) ticketId));
        String number =
                as(token).get("/api/v1/tickets/{id}", ticketId).then().extract().path("number");
        as(token).queryParam("q", number).get("/api/v1/tickets").then().body("items.id", contains((int) ticketId));
    }

    @Test
    void workloadCountsOpenTicketsPerAgentAndQueue() {
        var agent = staff("agent");
        long customerId = customer(agent.token());
        long queueId = createQueue();
        for (String priority : List.of("high", "high", "low")) {
            as(agent.token())
                    .body(Map.of(
                            "subject",
                            "a",
                            "channel",
                            "phone",
                            "customerId",
                            customerId,
                            "assigneeId",
                            agent.id(),
                            "queueId",
                            queueId,
                            "priority",
                            priority))
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201);
        }
        long unassignedInQueue = ticket(agent.token(), customerId);
        as(agent.token())
                .body(Map.of("queueId", queueId, "status", "pending"))
                .patch("/api/v1/tickets/{id}", unassignedInQueue)
                .then()
                .statusCode(200);
        dispatcher.drainAll();
        var workload =
                as(agent.token()).get("/api/v1/workload").then().statusCode(200).extract();
        List<Map<String, Object>> agents = workload.path("agents");
        Map<String, Object> mine = agents.stream()
                .filter(row -> ((Number) ((Map<?, ?>) row.get("ref")).get("id")).longValue() == agent.id())
                .findFirst()
                .orElseThrow();
        assertEquals(3, ((Number) mine.get("total")).intValue());
        assertEquals(2, ((Number) ((Map<?, ?>) mine.get("byPriority")).get("high")).intValue());
        assertEquals(1, ((Number) ((Map<?, ?>) mine.get("byPriority")).get("low")).intValue());
        assertEquals(3, ((Number) ((Map<?, ?>) mine.get("byStatus")).get("new")).intValue());
        List<Map<String, Object>> queues = workload.path("queues");
        Map<String, Object> queue = queues.stream()
                .filter(row -> row.get("ref") != null
                        && ((Number) ((Map<?, ?>) row.get("ref")).get("id")).longValue() == queueId)
                .findFirst()
                .orElseThrow();
        assertEquals(4, ((Number) queue.get("total")).intValue());
        assertEquals(1, ((Number) ((Map<?, ?>) queue.get("byStatus")).get("pending")).intValue());
        assertEquals(3, ((Number) ((Map<?, ?>) queue.get("byStatus")).get("new")).intValue());
        assertEquals(1, ((Number) ((Map<?, ?>) queue.get("byPriority")).get("normal")).intValue());
        as(agent.token())
                .get("/api/v1/tickets/counts")
                .then()
                .body("myOpen", is(3))
                .body("queues.find { it.queue.id == " + queueId + " }.open", is(4));
    }

    private static long createQueue() {
        Number id = as(admin())
                .body(Map.of("name", unique("Queue")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    @Test
    void attachmentsUploadAttachAndDownload() {
        var agent = staff("agent");
        var other = staff("agent");
        long ticketId = ticket(agent.token(), customer(agent.token()));
        var upload = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + agent.token())
                .multiPart("file", "receipt.pdf", "%PDF-1.4 fake receipt".getBytes(), "application/octet-stream")
                .post("/api/v1/attachments")
                .then()
                .statusCode(201)
                .body("contentType", is("application/pdf"))
                .body("sha256", org.hamcrest.Matchers.hasLength(64))
                .extract();
        Number attachmentId = upload.path("id");
        as(other.token())
                .body(Map.of("kind", "reply", "body", "Here", "attachmentIds", List.of(attachmentId)))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attachmentIds[0]"));
        as(agent.token())
                .body(Map.of("kind", "reply", "body", "Your receipt", "attachmentIds", List.of(attachmentId)))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201)
                .body("attachments[0].filename", is("receipt.pdf"));
        io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + other.token())
                .get("/api/v1/attachments/{id}/content", attachmentId)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", "nosniff");
        io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + portalCustomer().token())
                .get("/api/v1/attachments/{id}/content", attachmentId)
                .then()
                .statusCode(404);
    }

    @Test
    void tagsAreValidated() {
        String token = admin();
        as(token)
                .body(Map.of(
                        "subject", "x", "channel", "phone", "customerId", customer(token), "tags", List.of("no<html>")))
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("tags"));
    }

    static String token() {
        return Api.admin();
    }
}
