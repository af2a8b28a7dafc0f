package io.kaiku.common;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What Kaiku does while its database cannot be reached. The first request that finds the database
 * gone marks it down; from then on every API request is answered at once with 503, Retry-After and
 * a problem document, without waiting on the connection pool. A probe connects directly (not
 * through the pool) every second and, once the database answers, empties the pool of dead
 * connections and lets requests through again. The outage is logged when it starts, every 30 s
 * while it lasts (with the number of refused requests) and when it ends: no stack trace per request.
 *
 * <p>Nothing acknowledged is lost: a request either committed before the database went away (and
 * was answered normally) or gets an error and no acknowledgement.
 */
@ApplicationScoped
public class DatabaseOutage {
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final String CODE = "service.database-unavailable";
    private static final String DETAIL =
            "The database cannot be reached right now; nothing was changed. Try again shortly.";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final String url;
    private final String username;
    private final String password;
    private final AgroalDataSource pool;
    private final ObjectMapper json;

    private volatile boolean down;
    private volatile long downSinceNanos;
    private volatile long lastReportNanos;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong refusedSinceReport = new AtomicLong();

    public DatabaseOutage(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password,
            AgroalDataSource pool,
            ObjectMapper json) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.pool = pool;
        this.json = json;
    }

    /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean isConnectionFailure(Throwable failure) {
        return isConnectionFailure(failure, 0);
    }

    private static boolean isConnectionFailure(Throwable failure, int depth) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A failed rollback or close is often attached to the first failure as suppressed.
            if (depth < 3) {
                for (Throwable suppressed : t.getSuppressed()) {
                    if (isConnectionFailure(suppressed, depth + 1)) {
                        return true;
                    }
                }
            }
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        && (state.startsWith("08")
                                || state.equals("57P01")
                                || state.equals("57P02")
                                || state.equals("57P03"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean isDown() {
        return down;
    }

    /**
     * Whether the database is unreachable right now, asked with a direct connection. For failures
     * that do not say why (a driver losing its connection mid-statement may report anything), so
     * that an outage is never answered with a 500.
     */
    public boolean isUnreachable() {
        if (down) {
            return true;
        }
        return !answers();
    }

    private boolean answers() {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "2");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Records the failure (marking the database down) and returns the 503 to answer with. */
    public RetryLaterException unavailable(Throwable failure) {
        markDown(failure);
        refused();
        return problem();
    }

    private RetryLaterException problem() {
        return RetryLaterException.unavailable(CODE, DETAIL, RETRY_AFTER);
    }

    private void refused() {
        refused.incrementAndGet();
        refusedSinceReport.incrementAndGet();
    }

    private synchronized void markDown(Throwable failure) {
        if (down) {
            return;
        }
        down = true;
        downSinceNanos = System.nanoTime();
        lastReportNanos = downSinceNanos;
        refused.set(0);
        refusedSinceReport.set(0);
        LOG.errorf("The database is unavailable (%s); answering 503 until it is back", rootMessage(failure));
    }

    /** Refuses API requests at once while the database is down: no pool wait, no stack trace. */
    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::refuseWhileDown);
    }

    private void refuseWhileDown(RoutingContext context) {
        if (!down) {
            context.next();
            return;
        }
        refused();
        RetryLaterException problem = problem();
        Object requestId = context.get(RequestIdHandler.MDC_KEY);
        Problem body = new Problem(
                "/problems/" + CODE,
                problem.title(),
                503,
                DETAIL,
                context.request().path(),
                CODE,
                List.of(),
                requestId == null ? null : requestId.toString());
        try {
            context.response()
                    .setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()))
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** While down, tries a direct connection every second; the first success ends the outage. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        if (!down) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReportNanos >= REPORT_EVERY_NANOS) {
            lastReportNanos = now;
            LOG.warnf(
                    "The database is still unavailable after %d s (%d requests refused in the last 30 s)",
                    Duration.ofNanos(now - downSinceNanos).toSeconds(), refusedSinceReport.getAndSet(0));
        }
        if (!answers()) {
            return;
        }
        // Connections opened before the outage are dead; new ones must be made.
        pool.flush(AgroalDataSource.FlushMode.ALL);
        synchronized (this) {
            down = false;
        }
        LOG.infof(
                "The database is available again after %d s; %d requests were refused meanwhile",
                Duration.ofNanos(System.nanoTime() - downSinceNanos).toSeconds(), refused.get());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
