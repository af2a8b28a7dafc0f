package io.kaiku.ticket;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kaiku.testing.Api;
import io.kaiku.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads count against quotas (1 MB unattached, 3 MB a day in tests) and expire when never attached. */
@QuarkusTest
class AttachmentLifecycleTest {
    @Inject
    AttachmentService attachments;

    @Inject
    TestClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private static io.restassured.response.ValidatableResponse upload(String token, int kilobytes) {
        return RestAssured.given()
                .filter(Api.responsesOnly())
                .header("Authorization", "Bearer " + token)
                .multiPart("file", "log.txt", new byte[kilobytes * 1024], "text/plain")
                .post("/api/v1/attachments")
                .then();
    }

    @Test
    void unattachedUploadsAreCappedPerPerson() {
        var agent = Api.staff("agent");
        var colleague = Api.staff("agent");
        Number first = upload(agent.token(), 600).statusCode(201).extract().path("id");
        upload(agent.token(), 600)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("attachment.quota-exceeded"));
        upload(colleague.token(), 600).statusCode(201);

        long ticketId = Api.ticket(agent.token(), Api.customer(agent.token()));
        as(agent.token())
                .body(Map.of("kind", "note", "body", "Router log", "attachmentIds", List.of(first)))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201);
        upload(agent.token(), 600).statusCode(201);
    }

    @Test
    void dailyUploadsAreCappedUntilADayHasPassed() {
        clock.stop();
        var agent = Api.staff("agent");
        long ticketId = Api.ticket(agent.token(), Api.customer(agent.token()));
        for (int i = 0; i < 3; i++) {
            Number id = upload(agent.token(), 900).statusCode(201).extract().path("id");
            as(agent.token())
                    .body(Map.of("kind", "note", "body", "Part " + i, "attachmentIds", List.of(id)))
                    .post("/api/v1/tickets/{id}/messages", ticketId)
                    .then()
                    .statusCode(201);
        }
        upload(agent.token(), 900).statusCode(422).body("code", is("attachment.quota-exceeded"));
        clock.advance(Duration.ofHours(25));
        upload(agent.token(), 900).statusCode(201);
    }

    @Test
    void uploadsNeverAttachedAreRemovedAfterADay() {
        clock.stop();
        var agent = Api.staff("agent");
        Number orphan = upload(agent.token(), 1).statusCode(201).extract().path("id");
        Number kept = upload(agent.token(), 1).statusCode(201).extract().path("id");
        long ticketId = Api.ticket(agent.token(), Api.customer(agent.token()));
        as(agent.token())
                .body(Map.of("kind", "note", "body", "Kept", "attachmentIds", List.of(kept)))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201);

        clock.advance(Duration.ofHours(23));
        attachments.removeExpiredUploads();
        as(agent.token())
                .accept("*/*")
                .get("/api/v1/attachments/{id}/content", orphan)
                .then()
                .statusCode(200);

        clock.advance(Duration.ofHours(2));
        assertTrue(attachments.removeExpiredUploads() >= 1);
        as(agent.token())
                .accept("*/*")
                .get("/api/v1/attachments/{id}/content", orphan)
                .then()
                .statusCode(404);
        as(agent.token())
                .accept("*/*")
                .get("/api/v1/attachments/{id}/content", kept)
                .then()
                .statusCode(200);
    }
}
