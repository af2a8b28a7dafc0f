package io.kaiku.knowledgebase;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.anonymous;
import static io.kaiku.testing.Api.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Help center calls without a token are limited per client; with a token they are not. */
@QuarkusTest
@TestProfile(PublicRateLimitTest.LowLimit.class)
class PublicRateLimitTest {
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kaiku.knowledge-base.public-rate-limit.requests",
                    "5",
                    "kaiku.knowledge-base.public-rate-limit.window",
                    "PT1H");
        }
    }

    @Test
    void theSixthAnonymousRequestInTheWindowIsRefusedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            anonymous().get("/api/v1/help-center/settings").then().statusCode(200);
        }
        anonymous()
                .queryParam("q", "invoice")
                .get("/api/v1/help-center/search")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("request.rate-limited"));
        as(admin()).get("/api/v1/help-center/settings").then().statusCode(200);
    }
}
