package io.kaiku.ticket;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.ticket;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Approval of a compensation is a manager's own step, never a claim made by whoever records it. */
@QuarkusTest
class CompensationApprovalTest {

    private static Map<String, Object> refund(double amount) {
        return Map.of("kind", "refund", "amount", amount, "currency", "EUR", "reason", "Order arrived broken");
    }

    @Test
    void aLargeCompensationWaitsForAManagerWhoApprovesIt() {
        var agent = staff("agent");
        var manager = staff("manager");
        long customerId = customer(agent.token());
        long ticketId = ticket(agent.token(), customerId);
        Number id = as(agent.token())
                .body(refund(250))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("customer.id", is((int) customerId))
                .body("approval", is("pending"))
                .body("decidedBy", nullValue())
                .body("createdBy.id", is((int) agent.id()))
                .extract()
                .path("id");

        as(manager.token())
                .get("/api/v1/compensations?approval=pending&limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.intValue()))
                .body("items.find { it.id == %d }.customer.id".formatted(id.intValue()), is((int) customerId));
        as(agent.token())
                .post("/api/v1/compensations/{id}/approve", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        as(manager.token())
                .post("/api/v1/compensations/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("approval", is("approved"))
                .body("decidedBy.id", is((int) manager.id()))
                .body("createdBy.id", is((int) agent.id()));
        as(manager.token())
                .post("/api/v1/compensations/{id}/reject", id)
                .then()
                .statusCode(422)
                .body("code", is("compensation.not-pending"));
        as(manager.token())
                .get("/api/v1/compensations?approval=pending&limit=100")
                .then()
                .body("items.id", not(hasItem(id.intValue())));
        as(agent.token())
                .get("/api/v1/tickets/{id}/events", ticketId)
                .then()
                .body("find { it.type == 'compensation_approved' }.actor.id", is((int) manager.id()))
                .body("find { it.type == 'compensation_approved' }.compensationId", is(id.intValue()));
    }

    @Test
    void aManagerRecordingALargeCompensationApprovesItThemselves() {
        var manager = staff("manager");
        long ticketId = ticket(manager.token(), customer(manager.token()));
        as(manager.token())
                .body(refund(500))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("approval", is("approved"))
                .body("decidedBy.id", is((int) manager.id()))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aRejectedCompensationIsRecordedAsRejected() {
        var agent = staff("agent");
        var manager = staff("manager");
        long ticketId = ticket(agent.token(), customer(agent.token()));
        Number id = as(agent.token())
                .body(refund(100.01))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("approval", is("pending"))
                .extract()
                .path("id");
        as(manager.token())
                .post("/api/v1/compensations/{id}/reject", id)
                .then()
                .statusCode(200)
                .body("approval", is("rejected"))
                .body("decidedBy.id", is((int) manager.id()));
    }

    @Test
    void anApproverCannotBeClaimedAndOthersCannotDecide() {
        var agent = staff("agent");
        var manager = staff("manager");
        long ticketId = ticket(agent.token(), customer(agent.token()));
        io.kaiku.testing.Api.malformed(agent.token())
                .body(Map.of(
                        "kind",
                        "refund",
                        "amount",
                        500,
                        "currency",
                        "EUR",
                        "reason",
                        "x",
                        "approvedById",
                        manager.id()))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("approvedById"));
        as(agent.token())
                .body(refund(100))
                .post("/api/v1/tickets/{id}/compensations", ticketId)
                .then()
                .statusCode(201)
                .body("approval", is("not_required"));
        as(portalCustomer().token()).get("/api/v1/compensations").then().statusCode(403);
        as(manager.token())
                .post("/api/v1/compensations/{id}/approve", 987_654_321)
                .then()
                .statusCode(404)
                .body("code", is("compensation.not-found"));
    }
}
