package io.kaiku.identity;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Passwords past bcrypt's 72 bytes, and in scripts of several bytes a character, never answer 500. */
@QuarkusTest
class PasswordLengthTest {

    @Test
    void longAndNonAsciiPasswordsWork() {
        for (String password : new String[] {
            "a long passphrase that goes well past seventy-two bytes, as password managers make them",
            "パスワードはとても長くて安全な文章です。四十文字を超えるように書きました。",
            "Árvíztűrő tükörfúrógép és még sok ékezetes betű, hogy hosszú legyen",
            "x".repeat(200)
        }) {
            String email = create(password);
            anonymous()
                    .body(Map.of("email", email, "password", password))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200);
            anonymous()
                    .body(Map.of("email", email, "password", password.substring(0, password.length() - 1) + "?"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401)
                    .body("code", is("auth.invalid-credentials"));
        }
    }

    @Test
    void aLongWrongPasswordIsAnOrdinary401() {
        anonymous()
                .body(Map.of("email", "nobody@kaiku.test", "password", "ü".repeat(200)))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .body("code", is("auth.invalid-credentials"));
    }

    @Test
    void tooLongOrWeakPasswordsAreRefusedClearly() {
        io.kaiku.testing.Api.malformed(admin())
                .body(user("y".repeat(201)))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
        String email = unique("same") + "@kaiku.test";
        as(admin())
                .body(Map.of("name", "Same", "email", email, "password", email, "role", "agent"))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.code", hasItem("policy"));
    }

    private static String create(String password) {
        Map<String, Object> body = user(password);
        as(admin()).body(body).post("/api/v1/users").then().statusCode(201);
        return (String) body.get("email");
    }

    private static Map<String, Object> user(String password) {
        return Map.of(
                "name", unique("Long"), "email", unique("long") + "@kaiku.test", "password", password, "role", "agent");
    }
}
