package io.kaiku.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds what every operation shares to the generated contract: the problem responses, defined once
 * under components/responses, the rate-limit headers and responses, and bearer (or the web app's
 * cookie) authentication for all but the public operations.
 */
public class OpenApiContract implements OASFilter {
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("login", "loginWithCookie");
    private static final Map<String, String> RATE_LIMIT_HEADERS = new java.util.TreeMap<>(Map.of(
            "X-RateLimit-Limit",
                    "Requests allowed in the current window (per token or per client address, whichever is nearer)",
            "X-RateLimit-Remaining", "Requests left in the current window",
            "X-RateLimit-Reset", "When the current window ends, in Unix seconds"));
    private static final Map<String, String> RESPONSES = new java.util.TreeMap<>(Map.of(
            "BadRequest", "The request is malformed or invalid; `errors` names the offending fields",
            "Unauthorized", "No valid bearer token was sent",
            "Forbidden", "The caller's role does not allow this",
            "NotFound", "No such object, or it is not visible to the caller",
            "Conflict", "A duplicate, or a stale version",
            "PreconditionFailed", "The If-Match version is not the current one",
            "Unprocessable", "The request breaks a business rule",
            "InternalError", "An unexpected failure; quote the request id when reporting it",
            "TooManyRequests", "Too many requests (rate limit) or failed sign-ins; wait `Retry-After` seconds",
            "ServiceUnavailable",
                    "Kaiku cannot serve the request right now (e.g. its database is unreachable);"
                            + " nothing was changed. Retry after `Retry-After` seconds"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Components target = components;
        addHeaders(components);
        RESPONSES.forEach((name, description) -> addResponse(target, name, description));
        components.addSecurityScheme(
                "bearer",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An access token from POST /api/v1/auth/login, or a personal API token"));
        components.addSecurityScheme(
                "cookie",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("kaiku_session")
                        .description("The web app's session cookie from POST /api/v1/auth/cookie-login; requests"
                                + " other than GET, HEAD and OPTIONS must also send the `kaiku_csrf` cookie's"
                                + " value as `X-CSRF-Token`"));
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme("bearer"),
                OASFactory.createSecurityRequirement().addScheme("cookie")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().values().forEach(operation -> addSharedResponses(path, operation)));
    }

    private static void addSharedResponses(String path, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())
                || path.contains("{");
        if (hasInput) {
            addRef(operation, "400", "BadRequest");
        }
        if (PUBLIC_OPERATIONS.contains(operation.getOperationId())) {
            operation.setSecurity(List.of());
            addRef(operation, "401", "Unauthorized");
        } else {
            addRef(operation, "401", "Unauthorized");
            addRef(operation, "403", "Forbidden");
        }
        if (path.contains("{")) {
            addRef(operation, "404", "NotFound");
        }
        addRef(operation, "429", "TooManyRequests");
        addRef(operation, "500", "InternalError");
        addRef(operation, "503", "ServiceUnavailable");
        // Every API answer, success or not, carries where the client stands against its limits.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                RATE_LIMIT_HEADERS.keySet().forEach(header -> response.addHeader(header, headerRef(header)));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header headerRef(String name) {
        return OASFactory.createHeader().ref(name.replace("-", ""));
    }

    private static void addHeaders(Components components) {
        RATE_LIMIT_HEADERS.forEach((name, description) -> components.addHeader(
                name.replace("-", ""),
                OASFactory.createHeader()
                        .description(description)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        components.addHeader(
                "RetryAfter",
                OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    private static void addRef(Operation operation, String status, String name) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation
                    .getResponses()
                    .addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static void addResponse(Components components, String name, String description) {
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(content);
        RATE_LIMIT_HEADERS.keySet().forEach(header -> response.addHeader(header, headerRef(header)));
        if (name.equals("TooManyRequests") || name.equals("ServiceUnavailable")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("RetryAfter"));
        }
        components.addResponse(name, response);
    }
}
