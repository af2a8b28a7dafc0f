package io.kaiku.platform;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.kaiku.testing.Api.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Metrics are for the people running Kaiku, not for anyone who can reach the port. */
@QuarkusTest
class MetricsAccessTest {

    @Test
    void anonymousCallersGetNoMetrics() {
        given().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer forged")
                .get("/q/metrics")
                .then()
                .statusCode(401);
    }

    @Test
    void staffBelowAdminGetNoMetrics() {
        given().header("Authorization", "Bearer " + staff("manager").token())
                .get("/q/metrics")
                .then()
                .statusCode(403);
    }

    @Test
    void anAdminOrAnAdminsApiTokenMayScrape() {
        given().header("Authorization", "Bearer " + admin())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        String scraper = io.kaiku.testing.Api.as(admin())
                .body(Map.of("name", "Prometheus"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().header("Authorization", "Bearer " + scraper)
                .get("/q/metrics")
                .then()
                .statusCode(200);
    }
}
