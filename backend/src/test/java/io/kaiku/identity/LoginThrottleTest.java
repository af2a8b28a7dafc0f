package io.kaiku.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import io.kaiku.testing.Api;
import io.kaiku.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Brute force against sign-in: refused with 429 and Retry-After after a few failures, per account
 * and per client address, with the right password working again once the wait is over. (Tests
 * run as clients behind a proxy on this host, so each test has addresses of its own.)
 */
@QuarkusTest
class LoginThrottleTest {

    @Test
    void failuresOnOneAccountMakeFurtherAttemptsWaitThenTheRightPasswordWorks() throws Exception {
        var agent = staff("agent");
        String email = as(agent.token()).get("/api/v1/auth/me").then().extract().path("email");
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            attempt(email, "wrong-password-" + i, address)
                    .then()
                    .statusCode(401)
                    .body("code", is("auth.invalid-credentials"));
        }
        // Even the right password waits now, from any address: otherwise waiting would mean nothing.
        Response refused = attempt(email, Api.PASSWORD, randomAddress());
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", is("auth.too-many-attempts"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "first wait is the configured 2 s, was " + retryAfter);

        Thread.sleep(retryAfter * 1000 + 200);
        attempt(email, Api.PASSWORD, address).then().statusCode(200);
        // Success forgets the account's failures: one more typo is just a 401.
        attempt(email, "one-more-typo", address).then().statusCode(401);
    }

    @Test
    void eachFurtherFailureDoublesTheWait() throws Exception {
        String email = "nobody-" + UUID.randomUUID() + "@kaiku.test";
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            attempt(email, "guess-" + i, address).then().statusCode(401);
        }
        Thread.sleep(2200);
        // An unknown account is throttled exactly like a known one.
        attempt(email, "guess-5", address).then().statusCode(401);
        Response second = attempt(email, "guess-6", address);
        second.then().statusCode(429);
        assertTrue(Long.parseLong(second.header("Retry-After")) >= 3, "the wait doubled to 4 s");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        String address = randomAddress();
        for (int i = 0; i < 200; i++) { // the test profile's address-free-failures
            attempt("spray-" + UUID.randomUUID() + "@kaiku.test", "Winter2026!", address)
                    .then()
                    .statusCode(401);
        }
        attempt("spray-" + UUID.randomUUID() + "@kaiku.test", "Winter2026!", address)
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // Others are not affected.
        var agent = staff("agent");
        as(agent.token()).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void theCountersLiveInTheDatabaseForEveryInstance() throws Exception {
        String email = "shared-" + UUID.randomUUID() + "@kaiku.test";
        String address = randomAddress();
        attempt(email, "wrong-password", address).then().statusCode(401);
        attempt(email, "wrong-password", address).then().statusCode(401);
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
                PreparedStatement query =
                        connection.prepareStatement("select failures from login_throttle where key = ?")) {
            assertEquals(2, failures(query, "account:" + email));
            assertEquals(2, failures(query, "address:" + address));
        }
    }

    private static int failures(PreparedStatement query, String key) throws Exception {
        query.setString(1, key);
        try (ResultSet rows = query.executeQuery()) {
            assertTrue(rows.next(), key);
            return rows.getInt(1);
        }
    }

    private static Response attempt(String email, String password, String address) {
        return anonymous()
                .header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    private static String randomAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
