package io.kaiku.portal;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.malformed;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.ticket;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PortalResourceTest {

    @Test
    void customerSubmitsFollowsAndReplies() {
        var customer = portalCustomer();
        var agent = staff("agent");
        Number queueId = as(customer.token())
                .get("/api/v1/queues")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        Number id = as(customer.token())
                .body(Map.of("subject", "Router blinks red", "description", "Since this morning", "queueId", queueId))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(201)
                .body("status", is("new"))
                .body("queue.id", is(queueId.intValue()))
                .extract()
                .path("id");
        as(agent.token())
                .get("/api/v1/tickets/{id}", id)
                .then()
                .statusCode(200)
                .body("channel", is("web"))
                .body("customer.id", is((int) customer.customerId()));

        as(agent.token())
                .body(Map.of("kind", "reply", "body", "Please restart it", "status", "solved"))
                .post("/api/v1/tickets/{id}/messages", id)
                .then()
                .statusCode(201);
        as(agent.token())
                .body(Map.of("kind", "note", "body", "Internal: firmware bug 4711"))
                .post("/api/v1/tickets/{id}/messages", id)
                .then()
                .statusCode(201);
        as(agent.token())
                .body(Map.of("promisedBy", "2030-05-01T12:00:00Z"))
                .patch("/api/v1/tickets/{id}", id)
                .then()
                .statusCode(200);

        as(customer.token())
                .get("/api/v1/portal/tickets/{id}", id)
                .then()
                .statusCode(200)
                .body("status", is("solved"))
                .body("promisedBy", is("2030-05-01T12:00:00Z"));
        as(customer.token())
                .get("/api/v1/portal/tickets/{id}/messages", id)
                .then()
                .statusCode(200)
                .body("kind", everyItem(is("reply")))
                .body("bodyText", contains("Please restart it"))
                .body("bodyText", not(hasItem("Internal: firmware bug 4711")));

        // Replying to a solved request reopens it.
        as(customer.token())
                .body(Map.of("body", "Still blinking"))
                .post("/api/v1/portal/tickets/{id}/messages", id)
                .then()
                .statusCode(201)
                .body("author.type", is("customer"));
        as(customer.token()).get("/api/v1/portal/tickets/{id}", id).then().body("status", is("open"));
        as(customer.token())
                .get("/api/v1/portal/tickets")
                .then()
                .statusCode(200)
                .body("items.id", contains(id.intValue()));
    }

    @Test
    void anotherCustomersRequestIsNotFound() {
        var owner = portalCustomer();
        var stranger = portalCustomer();
        long id = ticket(admin(), owner.customerId());
        as(stranger.token())
                .get("/api/v1/portal/tickets/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("ticket.not-found"));
        as(stranger.token())
                .get("/api/v1/portal/tickets/{id}/messages", id)
                .then()
                .statusCode(404);
        as(stranger.token())
                .body(Map.of("body", "hi"))
                .post("/api/v1/portal/tickets/{id}/messages", id)
                .then()
                .statusCode(404);
        as(stranger.token()).get("/api/v1/portal/tickets").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void customerCannotSetStaffFields() {
        var customer = portalCustomer();
        var agent = staff("agent");
        malformed(customer.token())
                .body(Map.of("subject", "x", "description", "y", "priority", "urgent"))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("priority"));
        malformed(customer.token())
                .body(Map.of("subject", "x", "description", "y", "assigneeId", agent.id()))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("assigneeId"));
        malformed(customer.token())
                .body(Map.of("subject", "x", "description", "y", "receivedById", agent.id()))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("receivedById"));
        long id = ticket(admin(), customer.customerId());
        malformed(customer.token())
                .body(Map.of("body", "x", "kind", "note"))
                .post("/api/v1/portal/tickets/{id}/messages", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void customerCannotAttachSomeoneElsesUpload() {
        var customer = portalCustomer();
        var agent = staff("agent");
        Number upload = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + agent.token())
                .multiPart("file", "secret.txt", "internal".getBytes(), "text/plain")
                .post("/api/v1/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(customer.token())
                .body(Map.of("subject", "x", "description", "y", "attachmentIds", java.util.List.of(upload)))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(400);
    }

    @Test
    void portalNeedsACustomerLogin() {
        anonymous().get("/api/v1/portal/tickets").then().statusCode(401);
        as(staff("agent").token()).get("/api/v1/portal/tickets").then().statusCode(403);
    }

    @Test
    void customerSeesOnlyActiveQueues() {
        var customer = portalCustomer();
        Number queueId = as(admin())
                .body(Map.of("name", io.kaiku.testing.Api.unique("Retired")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin())
                .body(Map.of("active", false))
                .patch("/api/v1/queues/{id}", queueId)
                .then()
                .statusCode(200);
        as(customer.token()).get("/api/v1/queues").then().body("id", not(hasItem(queueId.intValue())));
        as(customer.token())
                .body(Map.of("subject", "x", "description", "y", "queueId", queueId))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("queueId"));
    }
}
