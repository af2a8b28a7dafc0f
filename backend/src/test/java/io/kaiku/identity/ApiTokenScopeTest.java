package io.kaiku.identity;

import java.util.List;
import java.util.Map;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** A leaked API token cannot open new ways in: no new tokens, no new or changed accounts, by default. */
@QuarkusTest
class ApiTokenScopeTest {

    @Test
    void aTokenWithoutScopesCannotCreateTokensOrUsers() {
        var admin = staff("admin");
        String token = token(admin.token(), Map.of("name", "CRM sync"));
        as(admin.token()).get("/api/v1/api-tokens").then().statusCode(200).body("[0].scopes", empty());

        as(token)
                .body(Map.of("name", "Another way in"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("auth.scope-missing"));
        as(token).body(newUser()).post("/api/v1/users").then().statusCode(403).body("code", is("auth.scope-missing"));
        as(token)
                .body(Map.of("password", "taken-over-now"))
                .patch("/api/v1/users/{id}", admin.id())
                .then()
                .statusCode(403);
        // What the role allows otherwise still works.
        as(token).get("/api/v1/users").then().statusCode(200);
        as(token)
                .body(Map.of("name", unique("Queue")))
                .post("/api/v1/queues")
                .then()
                .statusCode(201);
    }

    @Test
    void scopesAreGivenExplicitlyAndNeverWidened() {
        var admin = staff("admin");
        String users = token(admin.token(), Map.of("name", "Provisioning", "scopes", List.of("users")));
        as(users).body(newUser()).post("/api/v1/users").then().statusCode(201);
        as(users).body(Map.of("name", "more")).post("/api/v1/api-tokens").then().statusCode(403);

        String minting = token(admin.token(), Map.of("name", "Token broker", "scopes", List.of("api_tokens")));
        as(minting)
                .body(Map.of("name", "child"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201);
        as(minting)
                .body(Map.of("name", "wider child", "scopes", List.of("users")))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("scopes"));
    }

    @Test
    void theUsersScopeDoesNotReplaceTheAdminRole() {
        var manager = staff("manager");
        String token = token(manager.token(), Map.of("name", "Not enough", "scopes", List.of("users")));
        as(token).body(newUser()).post("/api/v1/users").then().statusCode(403).body("code", is("auth.forbidden"));
    }

    private static String token(String owner, Map<String, Object> body) {
        return as(owner)
                .body(body)
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    private static Map<String, Object> newUser() {
        return Map.of(
                "name",
                unique("Agent"),
                "email",
                unique("agent") + "@kaiku.test",
                "password",
                Api.PASSWORD,
                "role",
                "agent");
    }
}
