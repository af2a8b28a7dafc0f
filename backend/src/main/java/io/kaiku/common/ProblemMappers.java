package io.kaiku.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns failures into RFC 9457 problem responses and decides their status. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseOutage outage;

    public ProblemMappers(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder builder =
                problemBuilder(e.status(), e.title(), e.code(), e.getMessage(), e.errors(), uri);
        if (e instanceof RetryLaterException retry) {
            builder.header(HttpHeaders.RETRY_AFTER, retry.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "Invalid request", "validation.failed", detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(
                400,
                "Invalid request",
                "validation.failed",
                "Unknown field '" + field + "'.",
                List.of(new FieldError(field, "unknown", "This field is not part of the request.")),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return problem(
                400,
                "Malformed request body",
                "request.malformed-json",
                "The request body is not valid JSON.",
                List.of(),
                uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException api) {
            // Authentication could not be completed for a reason of its own (CSRF, an outage).
            return api(api, uri);
        }
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "auth.forbidden", "Your role does not allow this.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (e.getCause() instanceof StaleStateException) {
            return staleVersion(uri);
        }
        return unexpected(e, uri);
    }

    /** A body that ends early or breaks its multipart framing is the sender's fault, not ours. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if (!(e instanceof java.nio.file.FileSystemException) && whileReadingTheRequest(e)) {
            return problem(
                    400,
                    "Malformed request body",
                    "request.malformed-body",
                    "The request body could not be read: it is cut off or its multipart framing is broken.",
                    List.of(),
                    uri);
        }
        return unexpected(e, uri);
    }

    private static boolean whileReadingTheRequest(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")
                    || type.equals("org.jboss.resteasy.reactive.server.vertx.VertxInputStream")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException api) {
            // A parameter converter rejected a value; JAX-RS wrapped it in a 404 or 400.
            return api(api, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping ? wrongType(mapping, uri) : malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if ((status == 404 || status == 400)
                && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException)) {
            return problem(
                    400,
                    "Invalid request",
                    "request.invalid-parameter",
                    "A parameter has the wrong format.",
                    List.of(),
                    uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request failed" : type.getReasonPhrase();
        String code = "request."
                + (type == null
                        ? String.valueOf(status)
                        : type.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'));
        Response.ResponseBuilder builder = problemBuilder(status, title, code, e.getMessage(), List.of(), uri);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.isConnectionFailure(e) || outage.isDown()) {
            // While the database is known to be gone, any failure is most likely its consequence
            // (e.g. a commit on a connection the server cut): nothing was committed, retry later.
            LOG.debugf(e, "Failure during a database outage on %s", uri.getPath());
            return api(outage.unavailable(e), uri);
        }
        DatabaseRefusals.Refusal refusal = DatabaseRefusals.classify(e);
        if (refusal != null) {
            LOG.debugf("The database refused the request on %s: %s", uri.getPath(), refusal.code());
            return problem(refusal.status(), refusal.title(), refusal.code(), refusal.detail(), refusal.errors(), uri);
        }
        if (outage.isUnreachable()) {
            LOG.debugf(e, "Failure while the database is unreachable on %s", uri.getPath());
            return api(outage.unavailable(e), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s (request %s)", uri.getPath(), RequestIdHandler.current());
        return problem(
                500,
                "Internal error",
                "internal",
                "Something went wrong on our side. Quote the request id when reporting it.",
                List.of(),
                uri);
    }

    private Response wrongType(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (e instanceof StorableTextJson.UnstorableTextException) {
            field = field.isEmpty() ? "body" : field;
            return problem(
                    400,
                    "Invalid request",
                    "validation.failed",
                    "Field '" + field + "': " + StorableText.MESSAGE,
                    List.of(new FieldError(field, StorableText.CODE, StorableText.MESSAGE)),
                    uri);
        }
        if (field.isEmpty()) {
            return problem(
                    400,
                    "Malformed request body",
                    "request.malformed-json",
                    "The request body does not have the expected shape.",
                    List.of(),
                    uri);
        }
        return problem(
                400,
                "Invalid request",
                "validation.failed",
                "Field '" + field + "' has the wrong type or value.",
                List.of(new FieldError(field, "type", "Wrong type or value.")),
                uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return problemBuilder(
                        401,
                        "Unauthorized",
                        "auth.unauthenticated",
                        "Sign in or send a valid bearer token.",
                        List.of(),
                        uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response staleVersion(UriInfo uri) {
        return problem(
                409,
                "Conflict",
                "conflict.stale-version",
                "Someone else changed this in the meantime; reload and try again.",
                List.of(),
                uri);
    }

    static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "open.request.subject": drop the method and the parameter name.
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            nodes.add(node.getName());
        }
        if (nodes.size() > 2) {
            return String.join(".", nodes.subList(2, nodes.size()));
        }
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1);
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        String name = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (name) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "size";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "min";
            case "Max", "DecimalMax" -> "max";
            default -> name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        };
    }

    static Response problem(
            int status, String title, String code, String detail, List<FieldError> errors, UriInfo uri) {
        return problemBuilder(status, title, code, detail, errors, uri).build();
    }

    private static Response.ResponseBuilder problemBuilder(
            int status, String title, String code, String detail, List<FieldError> errors, UriInfo uri) {
        Problem body = new Problem(
                "/problems/" + code,
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                code,
                errors,
                RequestIdHandler.current());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
