package io.kaiku.identity;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.ADMIN_EMAIL;
import static io.kaiku.testing.Api.ADMIN_PASSWORD;
import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.malformedAnonymous;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthResourceTest {

    @Test
    void adminCreatedOnFirstStartCanSignIn() {
        anonymous()
                .body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("accessToken", notNullValue())
                .body("expiresAt", notNullValue())
                .body("user.role", is("admin"));
    }

    @Test
    void emailIsCaseInsensitive() {
        anonymous()
                .body(Map.of("email", ADMIN_EMAIL.toUpperCase(), "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        anonymous()
                .body(Map.of("email", ADMIN_EMAIL, "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("auth.invalid-credentials"));
        anonymous()
                .body(Map.of("email", "nobody@kaiku.test", "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .body("code", is("auth.invalid-credentials"));
    }

    @Test
    void loginValidatesItsBody() {
        malformedAnonymous()
                .body(Map.of("email", ""))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void meNeedsAValidToken() {
        anonymous()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        as("not-a-token").get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
        as("kaiku_forged").get("/api/v1/auth/me").then().statusCode(401);
        as(admin()).get("/api/v1/auth/me").then().statusCode(200).body("email", is(ADMIN_EMAIL));
    }

    @Test
    void deactivatedUserLosesAccessAtOnce() {
        var agent = staff("agent");
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(200);
        as(admin())
                .body(Map.of("active", false))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(200);
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void apiTokenWorksUntilRevoked() {
        var agent = staff("agent");
        var created = as(agent.token())
                .body(Map.of("name", "CRM sync"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .body("token", startsWith("kaiku_"))
                .body("role", is("agent"))
                .extract();
        String secret = created.path("token");
        Number id = created.path("id");
        as(secret).get("/api/v1/tickets").then().statusCode(200);
        String listed = as(agent.token())
                .get("/api/v1/api-tokens")
                .then()
                .statusCode(200)
                .body("id", hasItem(id.intValue()))
                .body("findAll { it.containsKey('token') }", org.hamcrest.Matchers.empty())
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                listed.contains(secret.substring("kaiku_".length())), "a listed token never shows its secret");
        as(agent.token()).delete("/api/v1/api-tokens/{id}", id).then().statusCode(204);
        as(secret).get("/api/v1/tickets").then().statusCode(401);
    }

    @Test
    void apiTokenCannotExceedItsOwner() {
        var agent = staff("agent");
        as(agent.token())
                .body(Map.of("name", "too much", "role", "admin"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("role"));
    }

    @Test
    void scopedApiTokenActsWithItsRole() {
        String secret = as(admin())
                .body(Map.of("name", "read only agent", "role", "agent"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        as(secret).get("/api/v1/tickets").then().statusCode(200);
        as(secret).body(Map.of("name", "Returns")).post("/api/v1/queues").then().statusCode(403);
    }

    @Test
    void customersHaveNoApiTokens() {
        as(portalCustomer().token())
                .get("/api/v1/api-tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        var owner = staff("agent");
        var other = staff("agent");
        Number id = as(owner.token())
                .body(Map.of("name", "mine"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(other.token()).delete("/api/v1/api-tokens/{id}", id).then().statusCode(404);
    }
}
