package io.kaiku.platform;

import java.util.Map;

import io.kaiku.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zendesk-style limits per token and per client address, with the headers tools expect. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {
    private static final int PER_TOKEN = 20;
    private static final int PER_ADDRESS = 30;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kaiku.rate-limit.per-token",
                    Integer.toString(PER_TOKEN),
                    "kaiku.rate-limit.per-address",
                    Integer.toString(PER_ADDRESS),
                    // Long enough that the test never straddles two windows by accident.
                    "kaiku.rate-limit.window",
                    "PT1H",
                    "kaiku.rate-limit.sync-interval",
                    "PT1S");
        }
    }

    @Test
    void everyAnswerSaysWhereTheClientStands() {
        var agent = staff("agent");
        String address = address();
        Response first = as(agent.token()).header("X-Forwarded-For", address).get("/api/v1/auth/me");
        first.then().statusCode(200);
        assertEquals(Integer.toString(PER_TOKEN), first.header("X-RateLimit-Limit"));
        assertEquals(Integer.toString(PER_TOKEN - 1), first.header("X-RateLimit-Remaining"));
        long reset = Long.parseLong(first.header("X-RateLimit-Reset"));
        assertTrue(reset > System.currentTimeMillis() / 1000, "reset is the window's end in Unix seconds");
        Response second = as(agent.token()).header("X-Forwarded-For", address).get("/api/v1/auth/me");
        assertEquals(Integer.toString(PER_TOKEN - 2), second.header("X-RateLimit-Remaining"));
    }

    @Test
    void aTokenOverItsLimitGets429WithRetryAfterUntilTheWindowEnds() {
        var agent = staff("agent");
        for (int i = 0; i < PER_TOKEN; i++) {
            as(agent.token())
                    .header("X-Forwarded-For", address())
                    .get("/api/v1/auth/me")
                    .then()
                    .statusCode(200);
        }
        Response refused =
                as(agent.token()).header("X-Forwarded-For", address()).get("/api/v1/auth/me");
        refused.then().statusCode(429).contentType("application/problem+json").body("code", is("rate-limit.exceeded"));
        assertEquals("0", refused.header("X-RateLimit-Remaining"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "until the window ends: " + retryAfter);
        // Another token of another user is not affected.
        as(staff("agent").token())
                .header("X-Forwarded-For", address())
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);
    }

    @Test
    void oneAddressOverItsLimitIsRefusedWhateverTheToken() {
        String address = address();
        for (int i = 0; i < PER_ADDRESS; i++) {
            Api.anonymous()
                    .header("X-Forwarded-For", address)
                    .get("/api/v1/auth/me")
                    .then()
                    .statusCode(401);
        }
        Api.anonymous()
                .header("X-Forwarded-For", address)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(429)
                .header("X-RateLimit-Limit", Integer.toString(PER_ADDRESS));
    }

    @Test
    void countsAreSharedThroughTheDatabase() throws Exception {
        var agent = staff("agent");
        for (int i = 0; i < 3; i++) {
            as(agent.token()).header("X-Forwarded-For", address()).get("/api/v1/auth/me");
        }
        Thread.sleep(2500);
        try (var connection = java.sql.DriverManager.getConnection(
                        io.kaiku.testing.PostgresResource.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select max(hits) from rate_limit_window where key like 't:%'")) {
            assertTrue(rows.next());
            assertTrue(rows.getLong(1) >= 3, "this instance's counts reached the shared table");
        }
    }

    private static String address() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.19." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
