package io.kaiku.knowledgebase;

import java.util.List;
import java.util.Map;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Internal articles stay internal, customer-only ones need a customer: by every path, for every principal. */
@QuarkusTest
class KnowledgeBaseVisibilityTest {

    @Test
    void eachPrincipalSeesExactlyWhatItMayByEveryPath() throws Exception {
        String word = "zqx" + unique("w").substring(2).replace("-", "");
        long category = KnowledgeBaseFixtures.category(admin(), "public");
        long section = KnowledgeBaseFixtures.section(admin(), category, "public");
        long open = KnowledgeBaseFixtures.article(
                admin(), section, "public", Map.of("en", "Public " + word), "Everyone " + word);
        long members = KnowledgeBaseFixtures.article(
                admin(), section, "customers", Map.of("en", "Members " + word), "Customers " + word);
        long internal = KnowledgeBaseFixtures.article(
                admin(), section, "internal", Map.of("en", "Internal " + word), "Staff only " + word);
        String internalSlug = as(admin())
                .get("/api/v1/knowledge-base/articles/{id}", internal)
                .then()
                .extract()
                .path("translations[0].slug");
        Number fileId = given().header("Authorization", "Bearer " + admin())
                .multiPart("file", "guide.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})
                .post("/api/v1/knowledge-base/articles/{id}/attachments", internal)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String fileUrl = as(admin())
                .get("/api/v1/knowledge-base/articles/{id}", internal)
                .then()
                .extract()
                .path("attachments[0].url");

        Api.PortalCustomer customer = portalCustomer();
        Api.Staff agent = staff("agent");
        record Who(String name, java.util.function.Supplier<RequestSpecification> spec, int audience) {}
        List<Who> who = List.of(
                new Who("anonymous", Api::anonymous, 0),
                new Who("customer", () -> as(customer.token()), 1),
                new Who("agent", () -> as(agent.token()), 2));
        for (Who w : who) {
            long[] ids = {open, members, internal};
            for (int level = 0; level < 3; level++) {
                int expected = level <= w.audience ? 200 : 404;
                w.spec()
                        .get()
                        .get("/api/v1/help-center/articles/{id}", ids[level])
                        .then()
                        .statusCode(expected);
                w.spec()
                        .get()
                        .body(Map.of("language", "en"))
                        .post("/api/v1/help-center/articles/{id}/views", ids[level])
                        .then()
                        .statusCode(expected == 200 ? 204 : 404);
                w.spec()
                        .get()
                        .body(Map.of("language", "en", "helpful", true))
                        .post("/api/v1/help-center/articles/{id}/feedback", ids[level])
                        .then()
                        .statusCode(expected == 200 ? 204 : 404);
                w.spec()
                        .get()
                        .queryParam("url", "https://help.example.com/help/en/articles/" + ids[level] + "-x")
                        .get("/api/v1/help-center/link-preview")
                        .then()
                        .statusCode(expected);
            }
            var search = w.spec()
                    .get()
                    .queryParam("q", word)
                    .queryParam("language", "all")
                    .get("/api/v1/help-center/search")
                    .then()
                    .statusCode(200);
            var suggest = w.spec()
                    .get()
                    .queryParam("q", word)
                    .get("/api/v1/help-center/suggestions")
                    .then()
                    .statusCode(200);
            var listing = w.spec()
                    .get()
                    .get("/api/v1/help-center/sections/{id}", section)
                    .then()
                    .statusCode(200);
            for (var body : List.of(search, suggest)) {
                body.body("items.articleId", hasItem((int) open));
                body.body("items.articleId", w.audience >= 1 ? hasItem((int) members) : not(hasItem((int) members)));
                body.body("items.articleId", w.audience >= 2 ? hasItem((int) internal) : not(hasItem((int) internal)));
            }
            listing.body("articles.id", w.audience >= 2 ? hasItem((int) internal) : not(hasItem((int) internal)));
            listing.body("articles.id", w.audience >= 1 ? hasItem((int) members) : not(hasItem((int) members)));
            w.spec()
                    .get()
                    .queryParam("language", "en")
                    .get("/api/v1/help-center/article-by-slug/{slug}", internalSlug)
                    .then()
                    .statusCode(w.audience >= 2 ? 200 : 404);
            // A typo must not reveal words that only internal articles use.
            w.spec()
                    .get()
                    .queryParam("q", "Staff onlx " + word.substring(0, word.length() - 1))
                    .queryParam("language", "en")
                    .get("/api/v1/help-center/search")
                    .then()
                    .statusCode(200)
                    .body("items.articleId", w.audience >= 2 ? hasItem((int) internal) : not(hasItem((int) internal)));
            // The file of an internal article, even with its key.
            RequestSpecification file = given();
            if (w.audience > 0) {
                file = file.header("Authorization", "Bearer " + (w.audience == 1 ? customer.token() : agent.token()));
            }
            file.get(fileUrl).then().statusCode(w.audience >= 2 ? 200 : 404);
            given().get("/api/v1/help-center/attachments/{id}/content?key=wrong", fileId)
                    .then()
                    .statusCode(404);
        }

        // The authoring API is staff only.
        anonymous().get("/api/v1/knowledge-base/articles/{id}", internal).then().statusCode(401);
        as(customer.token())
                .get("/api/v1/knowledge-base/articles/{id}", internal)
                .then()
                .statusCode(403)
                .body("code", is("auth.forbidden"));
        as(agent.token())
                .body(Map.of("names", Map.of("en", "X"), "visibility", "public"))
                .post("/api/v1/knowledge-base/categories")
                .then()
                .statusCode(403);
        // A bad token is a 401, not an anonymous visit.
        given().header("Authorization", "Bearer nonsense")
                .get("/api/v1/help-center/articles/{id}", open)
                .then()
                .statusCode(401);
    }

    @Test
    void aSectionOrCategoryMadeInternalHidesItsArticlesEverywhere() {
        String word = "qvw" + unique("w").substring(2).replace("-", "");
        long category = KnowledgeBaseFixtures.category(admin(), "public");
        long section = KnowledgeBaseFixtures.section(admin(), category, "public");
        long article = KnowledgeBaseFixtures.article(
                admin(), section, "public", Map.of("en", "Guide " + word), "Text " + word);
        anonymous()
                .queryParam("q", word)
                .get("/api/v1/help-center/search")
                .then()
                .body("items.articleId", hasItem((int) article));
        as(admin())
                .body(Map.of("names", Map.of("en", "Checklists"), "visibility", "internal"))
                .put("/api/v1/knowledge-base/categories/{id}", category)
                .then()
                .statusCode(200);
        anonymous()
                .queryParam("q", word)
                .get("/api/v1/help-center/search")
                .then()
                .body("items.articleId", not(hasItem((int) article)));
        anonymous().get("/api/v1/help-center/articles/{id}", article).then().statusCode(404);
        anonymous().get("/api/v1/help-center/sections/{id}", section).then().statusCode(404);
        anonymous().get("/api/v1/help-center/categories").then().body("id", not(hasItem((int) category)));
        as(admin())
                .get("/api/v1/knowledge-base/articles/{id}", article)
                .then()
                .body("effectiveVisibility", is("internal"));
    }
}
