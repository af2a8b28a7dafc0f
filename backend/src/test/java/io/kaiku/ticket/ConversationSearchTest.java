package io.kaiku.ticket;

import java.util.Random;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static org.hamcrest.Matchers.contains;

/**
 * PostgreSQL caps a tsvector at 1 MB. A ticket with megabytes of conversation — pasted logs full of
 * unique tokens — keeps accepting messages and stays findable by words old and new.
 */
@QuarkusTest
class ConversationSearchTest {

    @Test
    void aTicketWithThreeMegabytesOfConversationAcceptsMessagesAndIsFound() {
        String token = Api.admin();
        long ticketId = Api.ticket(token, Api.customer(token));
        Random random = new Random(7);
        String early = "earlyword" + Long.toString(System.nanoTime(), 36);
        long written = 0;
        for (int message = 0; written < 3_100_000; message++) {
            StringBuilder log = new StringBuilder(message == 0 ? early + " " : "");
            while (log.length() < 190_000) {
                log.append("tok").append(Long.toHexString(random.nextLong())).append(' ');
            }
            written += log.length();
            as(token)
                    .body(java.util.Map.of("kind", "note", "body", "<pre>" + log + "</pre>"))
                    .post("/api/v1/tickets/{id}/messages", ticketId)
                    .then()
                    .statusCode(201);
        }
        String latest = "latestword" + Long.toString(System.nanoTime(), 36);
        as(token)
                .body(java.util.Map.of("kind", "reply", "body", "The fix is " + latest))
                .post("/api/v1/tickets/{id}/messages", ticketId)
                .then()
                .statusCode(201);

        as(token).queryParam("q", latest).get("/api/v1/tickets").then().body("items.id", contains((int) ticketId));
        as(token).queryParam("q", early).get("/api/v1/tickets").then().body("items.id", contains((int) ticketId));
    }
}
