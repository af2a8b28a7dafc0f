package io.kaiku.identity;

import java.util.Map;

import io.kaiku.testing.StaleEdits;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.PASSWORD;
import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.customer;
import static io.kaiku.testing.Api.login;
import static io.kaiku.testing.Api.malformed;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class UserResourceTest {

    @Test
    void adminManagesUsers() {
        String email = unique("agent") + "@kaiku.test";
        Number id = as(admin())
                .body(Map.of("name", "Ville", "email", email, "password", PASSWORD, "role", "agent"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("role", is("agent"))
                .extract()
                .path("id");
        as(admin())
                .body(Map.of("role", "manager", "name", "Ville K."))
                .patch("/api/v1/users/{id}", id)
                .then()
                .statusCode(200)
                .body("role", is("manager"))
                .body("name", is("Ville K."));
        as(login(email, PASSWORD)).get("/api/v1/auth/me").then().body("role", is("manager"));
        as(admin()).queryParam("q", email).get("/api/v1/users").then().body("items.id", hasItem(id.intValue()));
    }

    @Test
    void onlyAdminsChangeUsers() {
        var manager = staff("manager");
        var agent = staff("agent");
        as(manager.token())
                .body(Map.of("name", "X", "email", unique("x") + "@kaiku.test", "password", PASSWORD, "role", "admin"))
                .post("/api/v1/users")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(agent.token())
                .body(Map.of("role", "admin"))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(403);
        as(agent.token()).get("/api/v1/users").then().statusCode(200);
        as(portalCustomer().token()).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void duplicateEmailAndBadInput() {
        var agent = staff("agent");
        String email = as(agent.token()).get("/api/v1/auth/me").then().extract().path("email");
        as(admin())
                .body(Map.of("name", "Dup", "email", email.toUpperCase(), "password", PASSWORD, "role", "agent"))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .body("code", is("user.email-taken"));
        malformed(admin())
                .body(Map.of("name", "Short", "email", "bad", "password", "short", "role", "wizard"))
                .post("/api/v1/users")
                .then()
                .statusCode(400);
        malformed(admin())
                .body(Map.of("name", "Short", "email", "ok@kaiku.test", "password", "short", "role", "agent"))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void customerLoginsBelongToACustomer() {
        as(admin())
                .body(Map.of(
                        "name", "C", "email", unique("c") + "@example.com", "password", PASSWORD, "role", "customer"))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("customerId"));
        long customerId = customer(admin());
        as(admin())
                .body(Map.of(
                        "name",
                        "A",
                        "email",
                        unique("a") + "@kaiku.test",
                        "password",
                        PASSWORD,
                        "role",
                        "agent",
                        "customerId",
                        customerId))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("customerId"));
        as(admin())
                .body(Map.of(
                        "name",
                        "C",
                        "email",
                        unique("c") + "@example.com",
                        "password",
                        PASSWORD,
                        "role",
                        "customer",
                        "customerId",
                        customerId))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        as(admin())
                .body(Map.of(
                        "name",
                        "C2",
                        "email",
                        unique("c") + "@example.com",
                        "password",
                        PASSWORD,
                        "role",
                        "customer",
                        "customerId",
                        customerId))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .body("code", is("user.customer-has-login"));
    }

    @Test
    void theLastAdminStays() {
        Number adminId = as(admin()).get("/api/v1/auth/me").then().extract().path("id");
        as(admin())
                .body(Map.of("active", false))
                .patch("/api/v1/users/{id}", adminId)
                .then()
                .statusCode(422);
    }

    @Test
    void staleEditsOfAUserAreRefused() {
        String email = unique("versioned") + "@kaiku.test";
        Number id = as(admin())
                .body(Map.of("name", "Aino", "email", email, "password", PASSWORD, "role", "agent"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("version", is(0))
                .extract()
                .path("id");
        StaleEdits.areRefused(
                admin(),
                "/api/v1/users/{id}",
                id,
                "user",
                Map.of("name", "Aino K."),
                Map.of("role", "admin"),
                "role",
                "agent");
    }
}
