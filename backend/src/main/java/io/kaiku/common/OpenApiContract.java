package io.kaiku.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Shapes the generated contract for the people who build clients from it: the introduction and
 * server, the problem responses (defined once under components/responses), bearer authentication
 * for all but the public operations, tag descriptions, and schemas that generators read the same
 * way (a {@code $ref} never has keywords beside it).
 */
public class OpenApiContract implements OASFilter {
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("login", "loginWithCookie");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> RATE_LIMIT_HEADERS = new TreeMap<>(Map.of(
            "X-RateLimit-Limit",
            "Requests allowed in the current window (per token or per client address, whichever is nearer)",
            "X-RateLimit-Remaining",
            "Requests left in the current window",
            "X-RateLimit-Reset",
            "When the current window ends, in Unix seconds"));
    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.ofEntries(
            Map.entry("BadRequest", "The request is malformed or invalid; `errors` names the offending fields"),
            Map.entry("Unauthorized", "No valid bearer token was sent"),
            Map.entry("Forbidden", "The caller's role does not allow this"),
            Map.entry("NotFound", "No such object, or it is not visible to the caller"),
            Map.entry("Conflict", "A duplicate, or a stale version"),
            Map.entry("PreconditionFailed", "The If-Match version is not the current one"),
            Map.entry("Unprocessable", "The request breaks a business rule"),
            Map.entry("ContentTooLarge", "The request body is larger than the server accepts"),
            Map.entry("UnsupportedMediaType", "The request body is not in a media type this operation accepts"),
            Map.entry("InternalError", "An unexpected failure; quote the request id when reporting it"),
            Map.entry(
                    "TooManyRequests", "Too many requests (rate limit) or failed sign-ins; wait `Retry-After` seconds"),
            Map.entry(
                    "ServiceUnavailable",
                    "Kaiku cannot serve the request right now (e.g. its database is unreachable);"
                            + " nothing was changed. Retry after `Retry-After` seconds")));
    private static final String OTHER_ERRORS = "Error";

    /** One tag per feature; what a reader of the generated documentation sees first. */
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Auth", "Signing in and finding out who the token belongs to."),
            Map.entry(
                    "Tickets",
                    "The universal inbox: every contact (phone, email, web, chat, social, SMS, in person) is a ticket"
                            + " with its complete complaint record, conversation, compensation and history."),
            Map.entry("Customers", "The people who contact you: their records, search, and compensation history."),
            Map.entry("Organizations", "Companies that customers belong to, recognised by their email domains."),
            Map.entry("Queues", "Problem areas (billing, technical support, ...) that tickets are classified by."),
            Map.entry("Users", "Staff accounts (agents, managers, admins) and customers' help-center logins."),
            Map.entry("API tokens", "Personal, long-lived tokens for tools and scripts that call this API."),
            Map.entry("Attachments", "Files: upload first, then attach them to a message by id."),
            Map.entry("Portal", "The help center's API: a signed-in customer's own requests and replies."),
            Map.entry(
                    "Knowledge base",
                    "Help-center articles in every language: authoring with versions and translations for staff,"
                            + " and public (or signed-in customer) reading, search, suggestions and feedback."),
            Map.entry(
                    "Outbox",
                    "For admins: the consumers of ticket events (inbox counts, mail, webhooks, ...), how far each has got,"
                            + " and the events one could not handle, to retry or discard."));

    /** Keywords that only repeat what the referenced schema already says; generators misread them. */
    private static final Set<String> REPEATED_BY_REF =
            Set.of("type", "enum", "format", "items", "properties", "required", "const");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo()
                .title("Kaiku API")
                .version("1.0.0")
                .summary("The REST API of Kaiku, a self-hostable customer-service help desk")
                .description(resource("openapi/introduction.md")));
        // Kaiku is self-hosted: the server is the reader's own installation, `make run` by default.
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("{scheme}://{host}")
                .description("Your Kaiku installation")
                .variables(new TreeMap<>(Map.of(
                        "scheme",
                        OASFactory.createServerVariable()
                                .enumeration(List.of("http", "https"))
                                .defaultValue("http"),
                        "host",
                        OASFactory.createServerVariable()
                                .defaultValue("localhost:8080")
                                .description(
                                        "Host and port of the installation; `make run` serves localhost:8080"))))));
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Components target = components;
        addHeaders(components);
        RESPONSES.forEach((name, description) -> addResponse(target, name, description));
        addResponse(components, OTHER_ERRORS, "Any other error, always as a problem document");
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
        describeTags(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        Components schemas = components;
        Set<String> inlined = new TreeSet<>();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    addSharedResponses(path, operation);
                    inlined.addAll(inlineParameterEnums(operation, schemas));
                }));
        dropUnreferenced(openAPI, inlined);
    }

    /**
     * An enum that only query parameters used (such as {@code TicketSort}) is written out in place
     * there, so its component is left over; it goes, because a schema nothing refers to only
     * clutters the documentation and generated clients. Enums that bodies use stay.
     */
    private static void dropUnreferenced(OpenAPI openAPI, Set<String> inlined) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (inlined.isEmpty() || schemas == null) {
            return;
        }
        Set<String> referenced = new HashSet<>();
        collectRefs(openAPI.getPaths().getPathItems(), referenced);
        collectRefs(openAPI.getComponents().getResponses(), referenced);
        collectRefs(openAPI.getComponents().getParameters(), referenced);
        collectRefs(openAPI.getComponents().getRequestBodies(), referenced);
        collectRefs(openAPI.getComponents().getHeaders(), referenced);
        // Schemas refer to schemas: follow the references from everything outside components/schemas.
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>(referenced);
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (reached.add(name) && schemas.containsKey(name)) {
                Set<String> inner = new HashSet<>();
                collectRefs(schemas.get(name), inner);
                pending.addAll(inner);
            }
        }
        for (String name : inlined) {
            if (!reached.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    /** The component names that {@code $ref}s anywhere below a model object point at. */
    private static void collectRefs(Object node, Set<String> names) {
        if (node instanceof Schema schema) {
            if (schema.getRef() != null) {
                names.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            }
            if (schema.getAll() != null) {
                schema.getAll().values().forEach(value -> collectRefs(value, names));
            }
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectRefs(value, names));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectRefs(value, names));
        } else if (node instanceof PathItem item) {
            collectRefs(item.getParameters(), names);
            collectRefs(new ArrayList<>(item.getOperations().values()), names);
        } else if (node instanceof Operation operation) {
            collectRefs(operation.getParameters(), names);
            collectRefs(operation.getRequestBody(), names);
            if (operation.getResponses() != null) {
                collectRefs(operation.getResponses().getAPIResponses(), names);
                collectRefs(operation.getResponses().getDefaultValue(), names);
            }
        } else if (node instanceof Parameter parameter) {
            collectRefs(parameter.getSchema(), names);
            collectRefs(parameter.getContent(), names);
        } else if (node instanceof RequestBody body) {
            collectRefs(body.getContent(), names);
        } else if (node instanceof APIResponse response) {
            collectRefs(response.getContent(), names);
            collectRefs(response.getHeaders(), names);
        } else if (node instanceof org.eclipse.microprofile.openapi.models.headers.Header header) {
            collectRefs(header.getSchema(), names);
            collectRefs(header.getContent(), names);
        } else if (node instanceof Content content) {
            collectRefs(content.getMediaTypes(), names);
        } else if (node instanceof MediaType media) {
            collectRefs(media.getSchema(), names);
        }
    }

    /**
     * Query and path parameters are plain strings: an enum they name through a {@code $ref} (alone,
     * in {@code allOf} beside a default, or as the items of a repeated parameter) is written out in
     * place, which validators and generators read as the string it is rather than as JSON of no type.
     */
    private static Set<String> inlineParameterEnums(Operation operation, Components components) {
        Set<String> inlined = new HashSet<>();
        if (operation.getParameters() == null || components.getSchemas() == null) {
            return inlined;
        }
        for (var parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null) {
                continue;
            }
            inlineEnum(schema, components, inlined);
            if (schema.getItems() != null) {
                inlineEnum(schema.getItems(), components, inlined);
            }
        }
        return inlined;
    }

    private static void inlineEnum(Schema schema, Components components, Set<String> inlined) {
        String ref = schema.getRef();
        Object defaultValue = schema.getDefaultValue();
        if (ref == null && schema.getAllOf() != null) {
            for (Schema part : schema.getAllOf()) {
                if (part.getRef() != null) {
                    ref = part.getRef();
                } else if (part.getDefaultValue() != null) {
                    defaultValue = part.getDefaultValue();
                }
            }
        }
        String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
        Schema target = name == null ? null : components.getSchemas().get(name);
        if (target == null || target.getEnumeration() == null) {
            return;
        }
        inlined.add(name);
        schema.setRef(null);
        schema.setAllOf(null);
        schema.setType(target.getType());
        schema.setEnumeration(target.getEnumeration());
        schema.setDefaultValue(defaultValue);
    }

    /**
     * A {@code $ref} stands alone. SmallRye writes the type, an enum copy or a description beside
     * it, which OpenAPI Generator drops or turns into a second, broken enum. A nullable reference
     * becomes {@code anyOf: [$ref, null]}; a description or example moves onto an {@code allOf}
     * wrapper; keywords that repeat the referenced schema go.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        Map<String, ?> keywords = schema.getAll();
        if (ref == null || keywords == null || keywords.size() <= 1) {
            return schema;
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        Map<String, Object> kept = new LinkedHashMap<>();
        keywords.forEach((name, value) -> {
            if (!name.equals("$ref") && !REPEATED_BY_REF.contains(name)) {
                kept.put(name, value);
            }
        });
        for (String name : new ArrayList<>(keywords.keySet())) {
            schema.set(name, null);
        }
        kept.forEach(schema::set);
        Schema reference = OASFactory.createSchema().ref(ref);
        if (nullable) {
            schema.setAnyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        } else if (kept.isEmpty()) {
            schema.setRef(ref);
        } else {
            schema.setAllOf(List.of(reference));
        }
        return schema;
    }

    private static void describeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        for (Tag tag : openAPI.getTags()) {
            if (tag.getDescription() == null) {
                tag.setDescription(TAGS.get(tag.getName()));
            }
        }
    }

    private static void addSharedResponses(String path, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody
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
        if (hasBody) {
            addRef(operation, "413", "ContentTooLarge");
            addRef(operation, "415", "UnsupportedMediaType");
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
        if (operation.getResponses().getDefaultValue() == null) {
            operation
                    .getResponses()
                    .setDefaultValue(OASFactory.createAPIResponse().ref(OTHER_ERRORS));
        }
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
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(content);
        RATE_LIMIT_HEADERS.keySet().forEach(header -> response.addHeader(header, headerRef(header)));
        if (name.equals("TooManyRequests") || name.equals("ServiceUnavailable")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("RetryAfter"));
        }
        components.addResponse(name, response);
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

    private static String resource(String name) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
