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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds what every operation shares to the generated contract: the problem responses, defined once
 * under components/responses, and bearer authentication for all but the public operations.
 */
public class OpenApiContract implements OASFilter {
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("login");
    private static final Map<String, String> RESPONSES = new java.util.TreeMap<>(Map.of(
            "BadRequest", "The request is malformed or invalid; `errors` names the offending fields",
            "Unauthorized", "No valid bearer token was sent",
            "Forbidden", "The caller's role does not allow this",
            "NotFound", "No such object, or it is not visible to the caller",
            "Conflict", "A duplicate, or a stale version",
            "PreconditionFailed", "The If-Match version is not the current one",
            "Unprocessable", "The request breaks a business rule",
            "InternalError", "An unexpected failure; quote the request id when reporting it"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Components target = components;
        RESPONSES.forEach((name, description) -> addResponse(target, name, description));
        components.addSecurityScheme(
                "bearer",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An access token from POST /api/v1/auth/login, or a personal API token"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
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
        addRef(operation, "500", "InternalError");
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
        components.addResponse(name, response);
    }
}
