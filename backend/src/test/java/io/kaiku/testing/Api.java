package io.kaiku.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Test fixtures that work through the HTTP API, so every test also exercises the contract. */
public final class Api {
    public static final String ADMIN_EMAIL = "admin@kaiku.test";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "correct-horse-battery";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static OpenApiValidationFilter contract;
    private static OpenApiValidationFilter responsesOnly;

    private Api() {}

    /** Validates every request and response of a test against openapi.yaml at the repository root. */
    public static synchronized OpenApiValidationFilter contract() {
        if (contract == null) {
            contract = new OpenApiValidationFilter(validator(LevelResolver.create()
                    // Every request accepts JSON, also those answered with 204 No Content.
                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                    // The validator does not see that a repeated query parameter of OpenAPI 3.1 is an array,
                    // and reads its values as JSON; the server checks those values (and tests prove it).
                    .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.parameter.collection.invalid", ValidationReport.Level.IGNORE)
                    .build()));
        }
        return contract;
    }

    /** Validates responses only: for tests that send malformed requests on purpose to see them refused. */
    public static synchronized OpenApiValidationFilter responsesOnly() {
        if (responsesOnly == null) {
            responsesOnly = new OpenApiValidationFilter(validator(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build()));
        }
        return responsesOnly;
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        String location = System.getProperty("kaiku.openapi.contract", "../openapi.yaml");
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        java.nio.file.Path.of(location).toUri().toString())
                .withLevelResolver(levels)
                .build();
    }

    /** As {@link #as}, but the request may break the contract (a test of how bad input is refused). */
    public static RequestSpecification malformed(String token) {
        return given().filter(responsesOnly())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification malformedAnonymous() {
        return given().filter(responsesOnly()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return given().filter(contract())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().filter(contract()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String login(String email, String password) {
        return TOKENS.computeIfAbsent(
                email + "\n" + password,
                key -> given().contentType(ContentType.JSON)
                        .body(Map.of("email", email, "password", password))
                        .post("/api/v1/auth/login")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("accessToken"));
    }

    public static String admin() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a staff user with the role and returns {id, token}. */
    public static Staff staff(String role) {
        String email = unique(role) + "@kaiku.test";
        Number id = as(admin())
                .body(Map.of(
                        "name", "Test " + role + " " + unique("u"), "email", email, "password", PASSWORD, "role", role))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Staff(id.longValue(), login(email, PASSWORD));
    }

    public record Staff(long id, String token) {}

    public static long customer(String token) {
        String name = unique("Customer");
        Number id = as(token)
                .body(Map.of("name", name, "email", name.toLowerCase() + "@example.com", "phone", "+358 40 123 4567"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** A customer record with a portal login; returns {customerId, token}. */
    public static PortalCustomer portalCustomer() {
        long customerId = customer(admin());
        String email = unique("portal") + "@example.com";
        as(admin())
                .body(Map.of(
                        "name",
                        "Portal " + customerId,
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "role",
                        "customer",
                        "customerId",
                        customerId))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        return new PortalCustomer(customerId, login(email, PASSWORD));
    }

    public record PortalCustomer(long customerId, String token) {}

    public static long ticket(String token, long customerId) {
        Number id = as(token)
                .body(Map.of("subject", unique("Subject"), "channel", "phone", "customerId", customerId))
                .post("/api/v1/tickets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }
}
