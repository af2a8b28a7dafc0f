package io.kaiku.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.kaiku.testing.Api;
import io.kaiku.testing.PostgresResource;
import io.kaiku.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events reach each consumer once, failures are set aside and retried with backoff on the test clock. */
@QuarkusTest
class OutboxTest {
    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    FlakyConsumer flaky;

    @Inject
    TestClock clock;

    @AfterEach
    void releaseClockAndConsumer() {
        flaky.recover();
        clock.release();
    }

    @Test
    void aFailingEventIsSetAsideRetriedWithBackoffAndNeverBlocksTheOthers() throws Exception {
        String marker = unique("refuse");
        flaky.failOn(marker);
        Instant start = clock.stop();
        var agent = staff("agent");
        long customerId = customer(agent.token());
        long failing = ticket(agent.token(), customerId, marker + " printer on fire");
        long passing = ticket(agent.token(), customerId, "Printer works again");
        dispatcher.drainAll();

        long failingEvent = eventOf(failing);
        assertFalse(flaky.handled(failingEvent));
        assertTrue(flaky.handled(eventOf(passing)), "the event behind the failure was handled");
        Map<String, Object> failure = failure(failingEvent);
        assertEquals(1, failure.get("attempts"));
        Instant next = (Instant) failure.get("next_attempt_at");
        // The first retry waits two seconds, give or take the jitter.
        assertTrue(!next.isBefore(start.plusMillis(1600)) && !next.isAfter(start.plusMillis(2400)), next.toString());

        clock.advance(Duration.ofMillis(1500));
        dispatcher.drainAll();
        assertEquals(1, failure(failingEvent).get("attempts"), "not retried before its time");

        clock.advance(Duration.ofSeconds(1));
        dispatcher.drainAll();
        assertEquals(2, failure(failingEvent).get("attempts"));
        Instant second = (Instant) failure(failingEvent).get("next_attempt_at");
        assertTrue(
                Duration.between(clock.instant(), second).toMillis() >= 3200,
                "the second retry waits about twice as long");

        flaky.recover();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.drainAll();
        assertTrue(flaky.handled(failingEvent));
        assertTrue(failureRow(failingEvent).isEmpty(), "a retried event is no longer set aside");
    }

    @Test
    void adminsSeeRetryAndDiscardSetAsideEvents() throws Exception {
        String marker = unique("refuse");
        flaky.failOn(marker);
        var agent = staff("agent");
        long customerId = customer(agent.token());
        long first = ticket(agent.token(), customerId, marker + " one");
        long second = ticket(agent.token(), customerId, marker + " two");
        dispatcher.drainAll();
        long firstFailure = failureId(eventOf(first));
        long secondFailure = failureId(eventOf(second));

        as(admin())
                .get("/api/v1/outbox/failures?consumer=test-flaky&limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) firstFailure))
                .body("items.find { it.id == " + firstFailure + " }.eventType", is("ticket.created"));
        as(admin())
                .get("/api/v1/outbox/consumers")
                .then()
                .statusCode(200)
                .body("name", hasItem("ticket-tally"))
                .body("name", hasItem("test-flaky"));
        as(agent.token()).get("/api/v1/outbox/failures").then().statusCode(403);
        as(agent.token())
                .post("/api/v1/outbox/failures/{id}/retry", firstFailure)
                .then()
                .statusCode(403);

        as(admin())
                .post("/api/v1/outbox/failures/{id}/retry", firstFailure)
                .then()
                .statusCode(200)
                .body("delivered", is(false))
                .body("failure.attempts", is(2));
        flaky.recover();
        as(admin())
                .post("/api/v1/outbox/failures/{id}/retry", firstFailure)
                .then()
                .statusCode(200)
                .body("delivered", is(true));
        assertTrue(flaky.handled(eventOf(first)));

        as(admin()).delete("/api/v1/outbox/failures/{id}", secondFailure).then().statusCode(204);
        as(admin())
                .delete("/api/v1/outbox/failures/{id}", secondFailure)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("outbox.failure-not-found"));
        dispatcher.drainAll();
        assertFalse(flaky.handled(eventOf(second)), "a discarded event is never handled");
    }

    @Test
    void anEventIsGivenUpAfterTheLastAttempt() throws Exception {
        String marker = unique("refuse");
        flaky.failOn(marker);
        clock.stop();
        var agent = staff("agent");
        long ticket = ticket(agent.token(), customer(agent.token()), marker + " forever");
        dispatcher.drainAll();
        long event = eventOf(ticket);
        for (int attempt = 2; attempt <= 12; attempt++) {
            clock.advance(Duration.ofHours(2));
            dispatcher.drainAll();
        }
        Map<String, Object> failure = failure(event);
        assertEquals(12, failure.get("attempts"));
        assertEquals(true, failure.get("dead"));
        clock.advance(Duration.ofDays(1));
        dispatcher.drainAll();
        assertEquals(12, failure(event).get("attempts"), "a dead event waits for an admin");
        as(admin())
                .get("/api/v1/outbox/failures?dead=true&consumer=test-flaky&limit=100")
                .then()
                .body("items.eventId", hasItem((int) event));
    }

    @Test
    void theTallyCountsEveryTicketOnce() throws Exception {
        var agent = staff("agent");
        long customerId = customer(agent.token());
        for (int i = 0; i < 30; i++) {
            long id = ticket(agent.token(), customerId, "Tally " + i);
            Map<String, Object> patch = Map.of("assigneeId", agent.id());
            as(agent.token())
                    .body(patch)
                    .patch("/api/v1/tickets/{id}", id)
                    .then()
                    .statusCode(200);
            if (i % 3 == 0) {
                as(agent.token())
                        .body(Map.of("status", "solved"))
                        .patch("/api/v1/tickets/{id}", id)
                        .then()
                        .statusCode(200);
            }
        }
        dispatcher.drainAll();
        as(agent.token())
                .get("/api/v1/tickets/counts")
                .then()
                .statusCode(200)
                .body("myOpen", is(20))
                .body("allOpen", is((int) sql("select count(*) from ticket where status not in ('solved', 'closed')")))
                .body("solved", is((int) sql("select count(*) from ticket where status = 'solved'")));
        assertEquals(0, sql("""
                        select count(*) from (
                          select status, priority, assignee_id, queue_id, count(*) as tickets from ticket group by 1, 2, 3, 4
                          except
                          select status, priority, assignee_id, queue_id, tickets from ticket_tally where tickets <> 0) d
                        """), "every group of tickets is tallied exactly");
    }

    private static long ticket(String token, long customerId, String subject) {
        Number id = as(token)
                .body(Map.of("subject", subject, "channel", "phone", "customerId", customerId))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    private static long eventOf(long ticketId) throws Exception {
        return sql("select id from outbox_event where type = 'ticket.created' and subject_id = " + ticketId);
    }

    private static long failureId(long eventId) throws Exception {
        return sql("select id from outbox_failure where consumer = 'test-flaky' and event_id = " + eventId);
    }

    private static Map<String, Object> failure(long eventId) throws Exception {
        return failureRow(eventId).orElseThrow(() -> new AssertionError("event " + eventId + " was not set aside"));
    }

    private static java.util.Optional<Map<String, Object>> failureRow(long eventId) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select attempts, dead, next_attempt_at from outbox_failure where consumer = 'test-flaky' and event_id = "
                                + eventId)) {
            if (!row.next()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Map.of(
                    "attempts", row.getInt(1),
                    "dead", row.getBoolean(2),
                    "next_attempt_at",
                            row.getObject(3, java.time.OffsetDateTime.class).toInstant()));
        }
    }

    static long sql(String query) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getLong(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
    }

    static {
        Api.contract();
    }
}
