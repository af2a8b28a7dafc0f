package io.kaiku.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.kaiku.testing.Api;
import io.kaiku.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inputs that answered 500 or an empty body: text PostgreSQL cannot store, the HTTP layer's
 * own refusals, broken multipart, and what the database itself refuses. Each is a problem document.
 */
@QuarkusTest
class HostileInputTest {
    private static final String NUL = "\u0000";

    @Test
    void nulInAJsonFieldIsRefusedNamingTheField() {
        for (String body : new String[] {
            "{\"name\": \"Aino" + "\\u0000" + "Virtanen\"}",
            "{\"name\": \"Aino\", \"address\": {\"city\": \"Tam\\u0000pere\"}}",
            "{\"name\": \"Aino\", \"notes\": \"half a pair: \\ud83d\"}"
        }) {
            given().contentType(ContentType.JSON)
                    .header("Authorization", "Bearer " + admin())
                    .body(body)
                    .post("/api/v1/customers")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].code", is("characters"))
                    .body("errors[0].field", org.hamcrest.Matchers.anyOf(is("name"), is("address.city"), is("notes")));
        }
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"subject\": \"A\", \"channel\": \"phone\", \"customerId\": " + Api.customer(admin())
                        + ", \"tags\": [\"ok\", \"b\\u0000d\"]}")
                .post("/api/v1/tickets")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("tags[1]"))
                .body("errors[0].code", is("characters"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + admin())
                .body("{\"name\": \"Queue\\u0000\"}")
                .post("/api/v1/queues")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("name"));
    }

    @Test
    void nulInAQueryOrPathParameterIsRefusedNamingIt() {
        given().header("Authorization", "Bearer " + admin())
                .urlEncodingEnabled(false)
                .get("/api/v1/customers?q=Aino%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("q"))
                .body("errors[0].code", is("characters"));
        given().header("Authorization", "Bearer " + admin())
                .urlEncodingEnabled(false)
                .get("/api/v1/tickets?tag=a%00b")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("tag"));
        given().header("Authorization", "Bearer " + admin())
                .urlEncodingEnabled(false)
                .get("/api/v1/customers/1%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("id"));
    }

    @Test
    void nulInAnUploadedFileNameIsRefused() {
        given().header("Authorization", "Bearer " + admin())
                .multiPart("file", "receipt" + NUL + ".txt", "hello".getBytes(), "text/plain")
                .post("/api/v1/attachments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("file.filename"))
                .body("errors[0].code", is("characters"));
    }

    @Test
    void aLongCursorIsAFieldErrorAndALongerUriA414Problem() {
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?cursor=" + "a".repeat(5_000))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        given().header("Authorization", "Bearer " + admin())
                .get("/api/v1/tickets?q=" + "a".repeat(10_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("code", is("request.uri-too-long"))
                .body("requestId", notNullValue());
    }

    @Test
    void tooLargeHeadersAreA431Problem() {
        given().header("Authorization", "Bearer " + admin())
                .header("X-Padding", "a".repeat(20_000))
                .get("/api/v1/tickets")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("code", is("request.headers-too-large"));
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypesAreProblems() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/api/nothing", "/api", "/q/nothing"}) {
            given().header("Authorization", "Bearer " + admin())
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + admin())
                .delete("/api/v1/customers")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + admin())
                .accept("text/csv")
                .get("/api/v1/tickets")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", is(406));
        given().header("Authorization", "Bearer " + admin())
                .contentType("application/xml")
                .body("<customer/>")
                .post("/api/v1/customers")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsA413Problem() throws IOException {
        // No Content-Length: the body is refused once it grows past 25 MB, with a problem document.
        String response = raw(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: Bearer " + admin() + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("{\"name\": \"" + "a".repeat(1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 30; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // Expected once the limit is passed: the server answers and closes.
            }
        });
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"code\":\"request.too-large\""), response);
    }

    @Test
    void aSmallChunkedBodyStillWorks() throws IOException {
        String json = "{\"name\": \"" + Api.unique("Chunked Customer") + "\"}";
        String response = raw(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: Bearer " + admin() + "\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n"
                            + Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
        assertTrue(response.startsWith("HTTP/1.1 201"), response);
    }

    @Test
    void aMalformedMultipartUploadIsA400() {
        given().header("Authorization", "Bearer " + admin())
                .contentType("multipart/form-data; boundary=xyz")
                .body("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello"
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/attachments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("request.malformed-body"));
    }

    @Test
    void databaseChecksAreReportedAsWhatTheyAre() throws Exception {
        // Reached only if a rule slips past validation: a CHECK is a broken rule (422), not a duplicate.
        long ticket = Api.ticket(admin(), Api.customer(admin()));
        try (var connection = java.sql.DriverManager.getConnection(PostgresResource.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute("alter table ticket add constraint ticket_subject_not_forbidden_ck"
                    + " check (subject <> 'forbidden subject') not valid");
        }
        try {
            Api.as(admin())
                    .contentType("application/merge-patch+json")
                    .body(Map.of("subject", "forbidden subject"))
                    .patch("/api/v1/tickets/{id}", ticket)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", is("validation.rule"));
        } finally {
            try (var connection = java.sql.DriverManager.getConnection(PostgresResource.jdbcUrl());
                    var statement = connection.createStatement()) {
                statement.execute("alter table ticket drop constraint ticket_subject_not_forbidden_ck");
            }
        }
    }

    @Test
    void theClassificationOfDatabaseRefusals() {
        assertEquals("queueId", DatabaseRefusals.camelCase("queue_id"));
        assertEquals("customerLosingMoney", DatabaseRefusals.camelCase("customer_losing_money"));
    }

    private interface Exchange {
        void send(Socket socket) throws IOException;
    }

    private static String raw(Exchange exchange) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            exchange.send(socket);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // The server may reset the connection after answering; the answer is what counts.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
