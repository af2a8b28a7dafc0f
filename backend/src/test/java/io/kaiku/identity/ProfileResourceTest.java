package io.kaiku.identity;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.malformed;
import static io.kaiku.testing.Api.portalCustomer;
import static io.kaiku.testing.Api.staff;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** A person's own language and time zone: kept on the account, or on the customer record. */
@QuarkusTest
class ProfileResourceTest {

    @Test
    void anAgentKeepsTheirLanguageAndTimeZoneAndCanGoBackToTheBrowsers() {
        var agent = staff("agent");
        as(agent.token())
                .body(Map.of("language", "fi", "timeZone", "Europe/Helsinki"))
                .patch("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("language", is("fi"))
                .body("timeZone", is("Europe/Helsinki"));
        as(agent.token())
                .get("/api/v1/auth/me")
                .then()
                .body("language", is("fi"))
                .body("timeZone", is("Europe/Helsinki"));

        // A field left out stays; one sent as null follows the browser again.
        Map<String, Object> clear = new HashMap<>();
        clear.put("timeZone", null);
        as(agent.token())
                .body(clear)
                .patch("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("language", is("fi"))
                .body("timeZone", nullValue());
    }

    @Test
    void anUnsupportedLanguageOrAnInvalidTimeZoneIsRefusedAndNothingChanges() {
        var agent = staff("agent");
        as(agent.token())
                .body(Map.of("language", "ja"))
                .patch("/api/v1/auth/me")
                .then()
                .statusCode(200);
        for (String language : new String[] {"sv", "fi-FI", "JA", ""}) {
            as(agent.token())
                    .body(Map.of("language", language, "timeZone", "Asia/Tokyo"))
                    .patch("/api/v1/auth/me")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", is("validation.failed"))
                    .body("errors.field", hasItem("language"))
                    .body("errors.code", hasItem("language"));
        }
        for (String zone : new String[] {"Mars/Olympus", "+02:00", "GMT+2", "europe/helsinki"}) {
            as(agent.token())
                    .body(Map.of("timeZone", zone))
                    .patch("/api/v1/auth/me")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("timeZone"))
                    .body("errors.code", hasItem("timeZoneId"));
        }
        as(agent.token())
                .get("/api/v1/auth/me")
                .then()
                .body("language", is("ja"))
                .body("timeZone", nullValue());
    }

    @Test
    void aCustomersLanguageIsTheCustomerRecordsLanguage() {
        var customer = portalCustomer();
        as(customer.token())
                .body(Map.of("language", "lv", "timeZone", "Europe/Riga"))
                .patch("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("language", is("lv"))
                .body("timeZone", is("Europe/Riga"));
        // Agents see it on the record, which messages to the customer follow.
        as(admin()).get("/api/v1/customers/{id}", customer.customerId()).then().body("language", is("lv"));

        // And an agent's change of the record is what the customer's sign-in picks up.
        as(admin())
                .body(Map.of("language", "hu"))
                .patch("/api/v1/customers/{id}", customer.customerId())
                .then()
                .statusCode(200);
        as(customer.token()).get("/api/v1/auth/me").then().body("language", is("hu"));
    }

    @Test
    void signingInNeedsNoProfileAndChangingOneNeedsASignIn() {
        anonymous()
                .body(Map.of("language", "fi"))
                .patch("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void adminsSetLanguagesTheProductSpeaksOnly() {
        var agent = staff("agent");
        malformed(admin())
                .body(Map.of("language", "de"))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
        as(admin())
                .body(Map.of("language", "hu", "timeZone", "Europe/Budapest"))
                .patch("/api/v1/users/{id}", agent.id())
                .then()
                .statusCode(200)
                .body("language", is("hu"))
                .body("timeZone", is("Europe/Budapest"));
        malformed(admin())
                .body(Map.of("name", "X", "language", "xx"))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
    }
}
