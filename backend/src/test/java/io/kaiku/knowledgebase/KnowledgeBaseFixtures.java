package io.kaiku.knowledgebase;

import java.util.List;
import java.util.Map;

import static io.kaiku.testing.Api.as;

/** Categories, sections and published articles created through the API, for the knowledge base tests. */
final class KnowledgeBaseFixtures {
    private KnowledgeBaseFixtures() {}

    static long category(String token, String visibility) {
        Number id = as(token)
                .body(Map.of("names", Map.of("en", io.kaiku.testing.Api.unique("Category")), "visibility", visibility))
                .post("/api/v1/knowledge-base/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    static long section(String token, long categoryId, String visibility) {
        Number id = as(token)
                .body(Map.of(
                        "categoryId",
                        categoryId,
                        "names",
                        Map.of("en", io.kaiku.testing.Api.unique("Section"), "fi", "Osio"),
                        "visibility",
                        visibility))
                .post("/api/v1/knowledge-base/sections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** A published article with one translation per entry of {@code titles} (language → title). */
    static long article(String token, long sectionId, String visibility, Map<String, String> titles, String body) {
        List<Map<String, Object>> translations = titles.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "language",
                        e.getKey(),
                        "title",
                        e.getValue(),
                        "bodyHtml",
                        "<p>" + body + "</p>",
                        "state",
                        "published"))
                .toList();
        Number id = as(token)
                .body(Map.of("sectionId", sectionId, "visibility", visibility, "translations", translations))
                .post("/api/v1/knowledge-base/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }
}
