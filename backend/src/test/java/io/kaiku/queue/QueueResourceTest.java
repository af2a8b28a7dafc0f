package io.kaiku.queue;

import java.util.Map;

import io.kaiku.testing.StaleEdits;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class QueueResourceTest {

    @Test
    void problemAreasAreSeeded() {
        as(staff("agent").token())
                .get("/api/v1/queues")
                .then()
                .statusCode(200)
                .body(
                        "name",
                        hasItems(
                                "Billing",
                                "Technical support",
                                "Installation",
                                "Integration",
                                "Maintenance & updates"));
    }

    @Test
    void adminsManageQueues() {
        String name = unique("Returns");
        Number id = as(admin())
                .body(Map.of("name", name, "description", "Goods sent back"))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .body("active", is(true))
                .extract()
                .path("id");
        as(admin())
                .body(Map.of("name", name.toUpperCase()))
                .post("/api/v1/queues")
                .then()
                .statusCode(409)
                .body("code", is("queue.name-taken"));
        as(staff("manager").token())
                .body(Map.of("name", unique("Nope")))
                .post("/api/v1/queues")
                .then()
                .statusCode(403);
        as(admin())
                .body(Map.of("position", 5))
                .patch("/api/v1/queues/{id}", id)
                .then()
                .statusCode(200)
                .body("position", is(5));
        as(admin()).delete("/api/v1/queues/{id}", id).then().statusCode(204);
        as(admin()).get("/api/v1/queues/{id}", id).then().statusCode(404).body("code", is("queue.not-found"));
    }

    @Test
    void queueInUseCannotBeDeleted() {
        Number id = as(admin())
                .body(Map.of("name", unique("Busy")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin())
                .body(Map.of("subject", "x", "channel", "phone", "customerId", customer(admin()), "queueId", id))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201);
        as(admin()).delete("/api/v1/queues/{id}", id).then().statusCode(409).body("code", is("queue.in-use"));
    }

    @Test
    void staleEditsOfAQueueAreRefused() {
        Number id = as(admin())
                .body(Map.of("name", unique("Warranty")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201)
                .body("version", is(0))
                .extract()
                .path("id");
        StaleEdits.areRefused(
                admin(),
                "/api/v1/queues/{id}",
                id,
                "queue",
                Map.of("description", "Claims under warranty"),
                Map.of("description", "Lost update"),
                "description",
                "Claims under warranty");
    }
}
