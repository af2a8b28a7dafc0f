package io.kaiku.knowledgebase;

import java.util.List;
import java.util.Optional;

import io.kaiku.common.Problem;
import io.kaiku.common.RequestIdHandler;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Limits the help center's requests without a token per client address: 429 with Retry-After beyond it. */
public class PublicRateLimitFilter {
    static final String PATH = "/api/v1/help-center";

    private final RateLimiter limiter;

    public PublicRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!request.path().startsWith(PATH) || context.getHeaderString("Authorization") != null) {
            return Optional.empty();
        }
        String client = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().host();
        RateLimiter.Decision decision = limiter.acquire("help-center", client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        Problem problem = new Problem(
                "/problems/request.rate-limited",
                "Too Many Requests",
                429,
                "Too many requests from this address; try again in " + seconds + " s, or sign in.",
                request.path(),
                "request.rate-limited",
                List.of(),
                RequestIdHandler.current());
        return Optional.of(Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(seconds))
                .entity(problem)
                .build());
    }
}
