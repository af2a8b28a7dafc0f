package io.kaiku.knowledgebase;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class KnowledgeBaseAuthoringTest {

    @Test
    void draftReviewPublishVersionsDiffAndRestore() {
        var agent = staff("agent");
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        String title = unique("Printer offline");
        Number id = as(agent.token())
                .body(Map.of(
                        "sectionId",
                        section,
                        "visibility",
                        "public",
                        "translations",
                        List.of(Map.of(
                                "language",
                                "en",
                                "title",
                                title,
                                "bodyHtml",
                                "<p>Restart the printer.</p><script>alert(1)</script><img src=\"https://evil.example/x.png\">",
                                "keywords",
                                List.of("printer")))))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(201)
                .body("translations[0].state", is("draft"))
                .body("translations[0].bodyHtml", is("<p>Restart the printer.</p>"))
                .extract()
                .path("id");
        // A draft is not in the help center.
        anonymous().get("/api/v1/help-center/articles/{id}", id).then().statusCode(404);
        as(agent.token())
                .body(Map.of("state", "in_review"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en/state", id)
                .then()
                .statusCode(200)
                .body("state", is("in_review"));
        as(agent.token())
                .body(Map.of("state", "published"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en/state", id)
                .then()
                .statusCode(200)
                .body("state", is("published"))
                .body("publishedVersion", is(1))
                .body("hasUnpublishedChanges", is(false));
        anonymous()
                .get("/api/v1/help-center/articles/{id}", id)
                .then()
                .statusCode(200)
                .body("title", is(title));

        // Edits stay in the working copy until published again.
        Number version = as(agent.token())
                .get("/api/v1/knowledge-base/articles/{id}/translations/en", id)
                .then()
                .extract()
                .path("version");
        as(agent.token())
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", title, "bodyHtml", "<p>Restart the printer and update its firmware.</p>"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en", id)
                .then()
                .statusCode(200)
                .body("hasUnpublishedChanges", is(true));
        as(agent.token())
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", title, "bodyHtml", "<p>stale</p>"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en", id)
                .then()
                .statusCode(412);
        anonymous()
                .get("/api/v1/help-center/articles/{id}", id)
                .then()
                .body("bodyHtml", is("<p>Restart the printer.</p>"));
        as(agent.token())
                .body(Map.of("state", "published"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en/state", id)
                .then()
                .body("publishedVersion", is(2));
        as(agent.token())
                .get("/api/v1/knowledge-base/articles/{id}/translations/en/versions", id)
                .then()
                .statusCode(200)
                .body("number", contains(2, 1))
                .body("current", contains(true, false));
        as(agent.token())
                .queryParam("from", 1)
                .queryParam("to", 2)
                .get("/api/v1/knowledge-base/articles/{id}/translations/en/diff", id)
                .then()
                .statusCode(200)
                .body("body.findAll { it.type == 'insert' }.text", hasItem(containsString("update its firmware")))
                .body("body.findAll { it.type == 'delete' }.text", hasItem(containsString("printer.")));
        as(agent.token())
                .post("/api/v1/knowledge-base/articles/{id}/translations/en/versions/1/restore", id)
                .then()
                .statusCode(200)
                .body("publishedVersion", is(3))
                .body("bodyHtml", is("<p>Restart the printer.</p>"));
        anonymous().get("/api/v1/help-center/articles/{id}", id).then().body("version", is(3));

        // Archived: gone from the help center; it must become a draft before anything else.
        as(agent.token())
                .body(Map.of("state", "archived"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en/state", id)
                .then()
                .statusCode(200);
        anonymous().get("/api/v1/help-center/articles/{id}", id).then().statusCode(404);
        as(agent.token())
                .body(Map.of("state", "published"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en/state", id)
                .then()
                .statusCode(422)
                .body("code", is("knowledge-base.state-transition"));
    }

    @Test
    void missingTranslationFallsBackToTheDefaultLanguageMarkedAsSuch() {
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        long id = KnowledgeBaseFixtures.article(
                admin(), section, "public", Map.of("en", unique("Opening hours"), "fi", unique("Aukioloajat")), "9–17");
        anonymous()
                .queryParam("language", "fi")
                .get("/api/v1/help-center/articles/{id}", id)
                .then()
                .body("language", is("fi"))
                .body("fallback", is(false))
                .body("translations.language", contains("en", "fi"));
        anonymous()
                .queryParam("language", "ja")
                .get("/api/v1/help-center/articles/{id}", id)
                .then()
                .body("language", is("en"))
                .body("requestedLanguage", is("ja"))
                .body("fallback", is(true));
        anonymous()
                .queryParam("language", "ja")
                .get("/api/v1/help-center/sections/{id}", section)
                .then()
                .body("articles.find { it.id == " + id + " }.fallback", is(true));
        anonymous()
                .queryParam("language", "xx")
                .get("/api/v1/help-center/articles/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("language"));
    }

    @Test
    void feedbackAndViewsAreCountedPerTranslation() {
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        long id = KnowledgeBaseFixtures.article(
                admin(), section, "public", Map.of("en", unique("Wifi"), "lv", unique("Wifi lv")), "Text");
        anonymous()
                .body(Map.of("language", "lv"))
                .post("/api/v1/help-center/articles/{id}/views", id)
                .then()
                .statusCode(204);
        anonymous()
                .body(Map.of("language", "lv"))
                .post("/api/v1/help-center/articles/{id}/views", id)
                .then()
                .statusCode(204);
        anonymous()
                .body(Map.of("language", "lv", "helpful", false, "comment", "The light is orange, not red"))
                .post("/api/v1/help-center/articles/{id}/feedback", id)
                .then()
                .statusCode(204);
        anonymous()
                .body(Map.of("language", "en", "helpful", true))
                .post("/api/v1/help-center/articles/{id}/feedback", id)
                .then()
                .statusCode(204);
        anonymous()
                .body(Map.of("language", "ja", "helpful", true))
                .post("/api/v1/help-center/articles/{id}/feedback", id)
                .then()
                .statusCode(404);
        as(admin())
                .get("/api/v1/knowledge-base/articles/{id}/feedback", id)
                .then()
                .statusCode(200)
                .body("translations.find { it.language == 'lv' }.views", is(2))
                .body("translations.find { it.language == 'lv' }.notHelpful", is(1))
                .body("translations.find { it.language == 'en' }.helpful", is(1))
                .body("comments[0].comment", is("The light is orange, not red"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        long section =
                KnowledgeBaseFixtures.section(admin(), KnowledgeBaseFixtures.category(admin(), "public"), "public");
        io.kaiku.testing.Api.malformed(admin())
                .body(Map.of(
                        "sectionId",
                        section,
                        "visibility",
                        "public",
                        "translations",
                        List.of(Map.of("language", "de", "title", "x", "bodyHtml", "y"))))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("translations[0].language"));
        io.kaiku.testing.Api.malformed(admin())
                .body(Map.of("sectionId", section, "visibility", "secret", "translations", List.of()))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(400);
        as(admin())
                .body(Map.of(
                        "sectionId",
                        999999999,
                        "visibility",
                        "public",
                        "translations",
                        List.of(Map.of("language", "en", "title", "x", "bodyHtml", "y"))))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("sectionId"));
        String slug = unique("returns");
        KnowledgeBaseFixtures.article(admin(), section, "public", Map.of("en", slug), "a");
        long other = KnowledgeBaseFixtures.article(admin(), section, "public", Map.of("en", slug), "b");
        as(admin())
                .get("/api/v1/knowledge-base/articles/{id}", other)
                .then()
                .body("translations[0].slug", is(slug + "-" + other));
        as(admin())
                .body(Map.of("title", "t", "slug", slug, "bodyHtml", "<p>b</p>"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/en", other)
                .then()
                .statusCode(409)
                .body("code", is("knowledge-base.slug-taken"));
        as(admin())
                .body(Map.of("state", "published"))
                .put("/api/v1/knowledge-base/articles/{id}/translations/ja/state", other)
                .then()
                .statusCode(404);
        as(admin())
                .delete("/api/v1/knowledge-base/sections/{id}", section)
                .then()
                .statusCode(409);
        as(admin()).delete("/api/v1/knowledge-base/articles/{id}", other).then().statusCode(204);
        anonymous().get("/api/v1/help-center/articles/{id}", other).then().statusCode(404);
        as(admin())
                .get("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) other)))
                .body("nextCursor", nullValue());
    }
}
