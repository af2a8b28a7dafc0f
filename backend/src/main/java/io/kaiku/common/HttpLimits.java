package io.kaiku.common;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's limits, answered with problem documents rather than the empty 413, 414 and 431
 * of Vert.x: a request line longer than {@code kaiku.http.max-uri-length}, headers larger than
 * {@code kaiku.http.max-header-size}, and a body over the size limit, whether declared in
 * Content-Length (refused before a byte is read) or sent chunked (refused once it grows past it).
 * Any failure that reaches the router without an answer also gets a problem document.
 *
 * <p>The codec's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are set well above these, because what the codec refuses never reaches
 * a handler and Quarkus offers no hook for it (quarkusio/quarkus#55082).
 */
@ApplicationScoped
public class HttpLimits {
    private static final Logger LOG = Logger.getLogger(HttpLimits.class);

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final ObjectMapper json;

    public HttpLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "kaiku.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "kaiku.http.max-header-size") MemorySize maxHeaderSize,
            ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = (int) maxHeaderSize.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        // Right after the request id is assigned, so the problem can carry it.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            reject(
                    context,
                    414,
                    "URI Too Long",
                    "request.uri-too-long",
                    "The request line is longer than " + maxUriLength + " characters; send long values in a body.");
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            reject(
                    context,
                    431,
                    "Request Header Fields Too Large",
                    "request.headers-too-large",
                    "The request headers are larger than " + maxHeaderBytes + " bytes.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (declaredLength(length) > maxBodyBytes) {
                tooLarge(context);
            } else {
                context.next();
            }
        } else if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            readChunked(context);
        } else {
            context.next();
        }
    }

    /** A body of unknown length is read here, counting, so that too much of it is a problem document. */
    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBodyBytes) {
                refused[0] = true;
                tooLarge(context);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        request.exceptionHandler(context::fail);
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void tooLarge(RoutingContext context) {
        reject(
                context,
                413,
                "Content Too Large",
                "request.too-large",
                "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
    }

    /** A failure no one answered: its status if it has one, else a 500, as a problem document. */
    private void failed(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        // Path permissions (e.g. /q/metrics) fail in the HTTP layer, before any resource answers.
        Throwable failure = context.failure();
        if (failure instanceof io.quarkus.security.AuthenticationFailedException
                || failure instanceof io.quarkus.security.UnauthorizedException) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            send(context, 401, "Unauthorized", "auth.unauthenticated", "Sign in or send a valid bearer token.", false);
            return;
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            send(context, 403, "Forbidden", "auth.forbidden", "Your role does not allow this.", false);
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(
                    context.failure(),
                    "Unanswered failure on %s",
                    context.request().path());
        }
        String title =
                io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        String code = status >= 500
                ? "internal"
                : "request." + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String detail = status >= 500
                ? "Something went wrong on our side. Quote the request id when reporting it."
                : "The request was refused: " + title + ".";
        send(context, status, title, code, detail, false);
    }

    private void reject(RoutingContext context, int status, String title, String code, String detail) {
        send(context, status, title, code, detail, true);
    }

    private void send(RoutingContext context, int status, String title, String code, String detail, boolean close) {
        Object requestId = context.get(RequestIdHandler.MDC_KEY);
        Problem problem = new Problem(
                "/problems/" + code,
                title,
                status,
                detail,
                context.request().path(),
                code,
                List.of(),
                requestId == null ? null : requestId.toString());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!close) {
            response.end(body);
            return;
        }
        // A refused body may still be on its way: close the connection rather than drain it.
        response.putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(sent -> context.request().connection().close());
    }
}
