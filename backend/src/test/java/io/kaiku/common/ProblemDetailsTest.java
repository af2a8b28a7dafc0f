package io.kaiku.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Bad requests get a clear problem document and never a 500. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"name\": ")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("request.malformed-json"))
                .body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void unknownFieldIsNamed() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"name\": \"A\", \"shoeSize\": 44}")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"))
                .body("errors.field", hasItem("shoeSize"))
                .body("errors.code", hasItem("unknown"));
    }

    @Test
    void wrongTypeIsNamed() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"subject\": \"A\", \"channel\": \"phone\", \"customerId\": \"not-a-number\"}")
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("customerId"));
    }

    @Test
    void unknownEnumValueIsNamed() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"subject\": \"A\", \"channel\": \"pigeon\", \"customerId\": 1}")
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void bodyThatIsNotAnObjectIsA400() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("[1, 2, 3]")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void invalidQueryParametersAre400() {
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?limit=101")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?status=lost")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?createdFrom=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?queueId=abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?cursor=garbage")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().header("Authorization", "Bearer " + admin())
                .put("/api/v1/tickets")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().header("Authorization", "Bearer " + admin())
                .contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/customers")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsRejectedBeforeItIsRead() throws Exception {
        // Only the headers are sent: the answer must come without waiting for the 30 MB body.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + admin() + "\r\nContent-Length: " + (30 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(response.startsWith("HTTP/1.1 413"), response);
            org.junit.jupiter.api.Assertions.assertTrue(
                    response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    response);
            org.junit.jupiter.api.Assertions.assertTrue(response.contains("\"code\":\"request.too-large\""), response);
        }
    }

    @Test
    void tooLongFieldNamesTheField() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"name\": \"" + "x".repeat(201) + "\"}")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("name"))
                .body("errors[0].code", is("size"));
    }
}
