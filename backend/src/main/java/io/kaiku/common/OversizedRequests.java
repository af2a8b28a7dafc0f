package io.kaiku.common;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request that declares a body over the size limit with a problem document, before a
 * byte of the body is read. (The HTTP layer would refuse it too, but with an empty 413.)
 */
@ApplicationScoped
public class OversizedRequests {
    private static final String CODE = "request.too-large";

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public OversizedRequests(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        // Right after the request id is assigned, so the problem can carry it.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (declaredLength(context) > maxBodyBytes) {
                reject(context);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void reject(RoutingContext context) {
        Object requestId = context.get(RequestIdHandler.MDC_KEY);
        Problem problem = new Problem(
                "/problems/" + CODE,
                "Content Too Large",
                413,
                "The request body is larger than the limit of " + maxBodyBytes + " bytes.",
                context.request().path(),
                CODE,
                List.of(),
                requestId == null ? null : requestId.toString());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The unread body is still on its way: close the connection rather than drain it.
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(sent -> context.request().connection().close());
    }
}
