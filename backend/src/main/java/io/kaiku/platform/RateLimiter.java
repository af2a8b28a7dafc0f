package io.kaiku.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaiku.common.ClientAddresses;
import io.kaiku.common.Problem;
import io.kaiku.common.RequestIdHandler;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * API rate limits, Zendesk-style: so many requests per minute per token and per client address;
 * beyond that 429 with Retry-After. Every API response says where the client stands in
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the end of
 * the window, in Unix seconds), for whichever of its limits is nearer.
 *
 * <p>Counting costs no database round trip: each instance counts in fixed windows in memory and
 * every few seconds adds its counts to a shared table, learning the others' totals in the same
 * statement. Across instances the limit therefore holds approximately: a client spreading its
 * requests over several instances may exceed it by what each instance counts between two exchanges.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final String CODE = "rate-limit.exceeded";
    private static final String BEARER = "Bearer ";
    private static final String SESSION_COOKIE = "kaiku_session";
    private static final String UPSERT = """
            insert into rate_limit_window as w (key, window_start, hits)
            select key, ?, hits from unnest(?::text[], ?::bigint[]) as counted(key, hits)
            on conflict (key, window_start) do update set hits = w.hits + excluded.hits
            returning key, hits
            """;

    private final RateLimitConfig config;
    private final ClientAddresses clients;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final long windowMillis;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public RateLimiter(
            RateLimitConfig config, ClientAddresses clients, DataSource dataSource, ObjectMapper json, Clock clock) {
        this.config = config;
        this.clients = clients;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.windowMillis = config.window().toMillis();
    }

    void register(@Observes Router router) {
        if (config.enabled()) {
            // After the request id and the size check, before anything costly.
            router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::limit);
        }
    }

    void schedule(@Observes StartupEvent event, Scheduler scheduler) {
        if (config.enabled()) {
            scheduler
                    .newJob(RateLimiter.class.getName())
                    .setInterval(config.syncInterval().toSeconds() + "s")
                    .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> exchange())
                    .schedule();
        }
    }

    private void limit(RoutingContext context) {
        long now = clock.millis();
        long window = now / windowMillis;
        HttpServerRequest request = context.request();
        long addressCount = count("a:" + clients.of(request), window);
        long limit = config.perAddress();
        long used = addressCount;
        String credential = credential(request);
        if (credential != null) {
            long tokenCount = count("t:" + fingerprint(credential), window);
            if (config.perToken() - tokenCount < config.perAddress() - addressCount) {
                limit = config.perToken();
                used = tokenCount;
            }
        }
        long resetSeconds = ((window + 1) * windowMillis + 999) / 1000;
        var response = context.response();
        response.putHeader("X-RateLimit-Limit", Long.toString(limit));
        response.putHeader("X-RateLimit-Remaining", Long.toString(Math.max(0, limit - used)));
        response.putHeader("X-RateLimit-Reset", Long.toString(resetSeconds));
        if (used <= limit) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, resetSeconds - now / 1000);
        Object requestId = context.get(RequestIdHandler.MDC_KEY);
        Problem problem = new Problem(
                "/problems/" + CODE,
                "Too Many Requests",
                429,
                "More than " + limit + " requests in " + config.window().toSeconds()
                        + " s. Wait until the window resets (Retry-After) before sending more.",
                request.path(),
                CODE,
                List.of(),
                requestId == null ? null : requestId.toString());
        try {
            response.setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** This request counted against {@code key}: the client's total in the window so far. */
    private long count(String key, long window) {
        Counter counter = counters.get(key);
        if (counter == null) {
            if (key.startsWith("t:") && counters.size() >= config.maxClients()) {
                return 0; // too many clients to count one by one: their addresses still are
            }
            counter = counters.computeIfAbsent(key, k -> new Counter(window));
        }
        return counter.add(window);
    }

    /** The token the request authenticates with, if any (not checked here: only counted). */
    private static String credential(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        Cookie cookie = request.getCookie(SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static String fingerprint(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds this instance's new counts to the shared table and takes the totals of all instances. */
    void exchange() {
        long window = clock.millis() / windowMillis;
        List<String> keys = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        List<Counter> sent = new ArrayList<>();
        counters.forEach((key, counter) -> {
            if (counter.window() < window) {
                counters.remove(key, counter);
                return;
            }
            keys.add(key);
            deltas.add(counter.takeUnsent());
            sent.add(counter);
        });
        if (keys.isEmpty()) {
            return;
        }
        Instant windowStart = Instant.ofEpochMilli(window * windowMillis);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> totals = new java.util.HashMap<>();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                Array keyArray = connection.createArrayOf("text", keys.toArray());
                Array deltaArray = connection.createArrayOf("bigint", deltas.toArray());
                upsert.setTimestamp(1, Timestamp.from(windowStart));
                upsert.setArray(2, keyArray);
                upsert.setArray(3, deltaArray);
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        totals.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                Long total = totals.get(keys.get(i));
                if (total != null) {
                    sent.get(i).learnTotal(window, total);
                }
            }
            try (PreparedStatement cleanup =
                    connection.prepareStatement("delete from rate_limit_window where window_start < ?")) {
                cleanup.setTimestamp(1, Timestamp.from(windowStart.minusMillis(windowMillis)));
                cleanup.executeUpdate();
            }
        } catch (SQLException | RuntimeException e) {
            // Limits keep working per instance; the next exchange catches up.
            LOG.debugf("Could not exchange rate-limit counts: %s", e.getMessage());
        }
    }

    /** One client's requests in the current window: its own here, and the others' as last learnt. */
    private static final class Counter {
        private volatile long window;
        private final AtomicLong local = new AtomicLong();
        private long sent;
        private volatile long others;

        Counter(long window) {
            this.window = window;
        }

        long window() {
            return window;
        }

        long add(long now) {
            if (window != now) {
                synchronized (this) {
                    if (window != now) {
                        local.set(0);
                        sent = 0;
                        others = 0;
                        window = now;
                    }
                }
            }
            return local.incrementAndGet() + others;
        }

        synchronized long takeUnsent() {
            long current = local.get();
            long delta = current - sent;
            sent = current;
            return delta;
        }

        synchronized void learnTotal(long forWindow, long total) {
            if (window == forWindow) {
                others = Math.max(0, total - sent);
            }
        }
    }
}
