package io.kaiku.knowledgebase;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** From solved tickets to articles, suggestions for open tickets, recurring questions and deflection. */
@QuarkusTest
class TicketKnowledgeTest {

    private static long solvedTicket(String token, long customerId, String subject, String description, String reply) {
        Number id = as(token)
                .body(Map.of(
                        "subject", subject, "description", description, "channel", "email", "customerId", customerId))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .body(Map.of("kind", "reply", "body", reply, "status", "solved"))
                .post("/api/v1/tickets/{id}/messages", id)
                .then()
                .statusCode(201);
        return id.longValue();
    }

    @Test
    void aSolvedTicketPrefillsADraftWithoutPersonalData() {
        var agent = staff("agent");
        Number customerId = as(admin())
                .body(Map.of(
                        "name",
                        "Aino Virtanen",
                        "email",
                        "aino.virtanen@example.fi",
                        "phone",
                        "+358 40 765 4321",
                        "address",
                        Map.of("street", "Mannerheimintie 12 B", "postalCode", "00100", "city", "Helsinki")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long ticket = solvedTicket(
                agent.token(),
                customerId.longValue(),
                "Lasku tuli kahdesti, Aino Virtanen",
                "Hei,\nminulta veloitettiin lasku kahdesti. Soita numeroon 040 765 4321 tai kirjoita aino.virtanen@example.fi."
                        + " Osoitteeni on Mannerheimintie 12 B, 00100 Helsinki.\nTerveisin Aino",
                "<p>Hei Aino,</p><p>toinen veloitus on pankin varaus, joka vapautuu viidessä arkipäivässä.</p><p>Ystävällisin terveisin<br>Tuki</p>");
        var draft = as(agent.token())
                .get("/api/v1/knowledge-base/ticket-drafts/{id}", ticket)
                .then()
                .statusCode(200)
                .body("language", is("fi"))
                .body("bodyHtml", containsString("pankin varaus"))
                .body("removed.emails", greaterThanOrEqualTo(1))
                .body("removed.phones", greaterThanOrEqualTo(1))
                .body("removed.addresses", greaterThanOrEqualTo(1))
                .body("removed.names", greaterThanOrEqualTo(1))
                .extract();
        String text = draft.path("title") + " " + draft.path("bodyHtml");
        for (String personal : List.of("Aino", "Virtanen", "765", "example.fi", "Mannerheimintie", "00100")) {
            org.junit.jupiter.api.Assertions.assertFalse(text.contains(personal), personal + " left in: " + text);
        }
        // The article written from it links back to the ticket.
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        as(agent.token())
                .body(Map.of(
                        "sectionId",
                        section,
                        "visibility",
                        "public",
                        "sourceTicketId",
                        ticket,
                        "translations",
                        List.of(Map.of(
                                "language", "fi", "title", draft.path("title"), "bodyHtml", draft.path("bodyHtml")))))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(201)
                .body("sourceTicket.id", is((int) ticket));

        // Only solved tickets, only for staff.
        Number open = as(agent.token())
                .body(Map.of("subject", "Open one", "channel", "phone", "customerId", customerId))
                .post("/api/v1/tickets")
                .then()
                .extract()
                .path("id");
        as(agent.token())
                .get("/api/v1/knowledge-base/ticket-drafts/{id}", open)
                .then()
                .statusCode(422)
                .body("code", is("knowledge-base.ticket-not-solved"));
        as(portalCustomer().token())
                .get("/api/v1/knowledge-base/ticket-drafts/{id}", ticket)
                .then()
                .statusCode(403);
        as(agent.token())
                .get("/api/v1/knowledge-base/ticket-drafts/{id}", 999999999)
                .then()
                .statusCode(404);
    }

    @Test
    void recurringQuestionsClusterSolvedTicketsWithoutAnArticleAndSuggestionsFindSimilarOnes() {
        var agent = staff("agent");
        long customer = io.kaiku.testing.Api.customer(admin());
        String product = "Zorblax" + unique("p").substring(2, 6);
        long first = solvedTicket(
                agent.token(),
                customer,
                product + " router light blinks red",
                "The " + product + " router light blinks red after the update",
                "<p>Restart it.</p>");
        solvedTicket(
                agent.token(),
                customer,
                product + " router blinks red light",
                "Red light blinking on my " + product + " router",
                "<p>Restart it.</p>");
        solvedTicket(
                agent.token(),
                customer,
                "Red blinking " + product + " router light",
                "My " + product + " router blinks red",
                "<p>Restart it.</p>");
        solvedTicket(agent.token(), customer, "Parcel never arrived", "Where is my parcel", "<p>Sent a new one.</p>");
        as(agent.token())
                .queryParam("days", 7)
                // Other tests solve tickets of their own; the largest 50 groups hold this one among them.
                .queryParam("limit", 50)
                .get("/api/v1/knowledge-base/reports/recurring-questions")
                .then()
                .statusCode(200)
                .body("clusters.find { it.terms.contains('" + product.toLowerCase() + "') }.size", is(3));

        Number open = as(agent.token())
                .body(Map.of(
                        "subject", "My " + product + " router blinks red", "channel", "phone", "customerId", customer))
                .post("/api/v1/tickets")
                .then()
                .extract()
                .path("id");
        as(agent.token())
                .get("/api/v1/knowledge-base/tickets/{id}/suggestions", open)
                .then()
                .statusCode(200)
                .body("similarTickets.id", hasItem((int) first));

        // Once an article answers one of them, that ticket leaves the report.
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "internal"), "internal");
        long article = KnowledgeBaseFixtures.article(
                agent.token(), section, "internal", Map.of("en", product + " red light"), "Restart the " + product);
        as(agent.token())
                .body(Map.of("articleId", article, "language", "en"))
                .post("/api/v1/knowledge-base/tickets/{id}/articles", first)
                .then()
                .statusCode(204);
        as(agent.token())
                .queryParam("days", 7)
                // Other tests solve tickets of their own; the largest 50 groups hold this one among them.
                .queryParam("limit", 50)
                .get("/api/v1/knowledge-base/reports/recurring-questions")
                .then()
                .body("clusters.find { it.terms.contains('" + product.toLowerCase() + "') }.size", is(2));
        as(agent.token())
                .get("/api/v1/knowledge-base/tickets/{id}/suggestions", open)
                .then()
                .body("articles.articleId", hasItem((int) article))
                .body("articles.find { it.articleId == " + article + " }.visibility", is("internal"));
    }

    @Test
    void deflectionsAreRecordedAndTheRateReported() {
        var customer = portalCustomer();
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        long article = KnowledgeBaseFixtures.article(
                admin(), section, "public", Map.of("en", unique("Reset router")), "Hold reset");
        long internal =
                KnowledgeBaseFixtures.article(admin(), section, "internal", Map.of("en", unique("Escalation")), "Call");
        var before = as(admin())
                .get("/api/v1/knowledge-base/reports/self-service")
                .then()
                .statusCode(200)
                .extract();
        as(customer.token())
                .body(Map.of("outcome", "deflected", "articleId", article, "language", "en", "query", "router"))
                .post("/api/v1/help-center/deflections")
                .then()
                .statusCode(201)
                .body("outcome", is("deflected"));
        as(customer.token())
                .body(Map.of("outcome", "deflected", "articleId", internal))
                .post("/api/v1/help-center/deflections")
                .then()
                .statusCode(404);
        as(customer.token())
                .body(Map.of("language", "en"))
                .post("/api/v1/help-center/articles/{id}/views", article)
                .then()
                .statusCode(204);
        Number request = as(customer.token())
                .body(Map.of("subject", "Router", "description", "Still broken"))
                .post("/api/v1/portal/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(customer.token())
                .body(Map.of("outcome", "submitted", "ticketId", request))
                .post("/api/v1/help-center/deflections")
                .then()
                .statusCode(201)
                .body("articlesRead", hasItem((int) article));
        var stranger = portalCustomer();
        as(stranger.token())
                .body(Map.of("outcome", "submitted", "ticketId", request))
                .post("/api/v1/help-center/deflections")
                .then()
                .statusCode(404);
        io.kaiku.testing.Api.anonymous()
                .body(Map.of("outcome", "deflected", "articleId", article))
                .post("/api/v1/help-center/deflections")
                .then()
                .statusCode(401);
        int deflections = before.path("deflections");
        as(admin())
                .get("/api/v1/knowledge-base/reports/self-service")
                .then()
                .statusCode(200)
                .body("deflections", is(deflections + 1))
                .body("deflectionRate", notNullValue())
                .body("readBeforeRequests.articleId", hasItem((int) article))
                .body("readBeforeRequests.articleId", not(hasItem((int) internal)));
    }
}
