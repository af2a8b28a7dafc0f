package io.kaiku.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiku.testing.Api;
import io.kaiku.testing.PostgresResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.kaiku.testing.Api.as;
import static io.kaiku.testing.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database stopped under load and started again: every request gets 503 with Retry-After and
 * a problem document, quickly; readiness goes down and comes back; every ticket acknowledged with
 * 201 is there afterwards; the log gets a few lines, not a stack trace per request.
 */
@QuarkusTest
class DatabaseOutageTest {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final int CLIENTS = 8;

    @TestHTTPResource
    URI base;

    record Answer(long startedNanos, int status, long millis, String body, String retryAfter, String type) {}

    @Test
    void anOutageAnswers503FastLosesNothingAndRecoversAtOnce() throws Exception {
        var agent = staff("agent");
        long customerId = Api.customer(agent.token());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Answer> answers = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<LogRecord> withStackTraces = new CopyOnWriteArrayList<>();
        List<String> outageLines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    withStackTraces.add(record);
                }
                if (record.getLoggerName().endsWith("DatabaseOutage")) {
                    outageLines.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
        root.addHandler(capture);
        long stoppedAt;
        long restartedAt;
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                load.submit(() -> {
                    int i = 0;
                    while (running.get()) {
                        boolean read = client % 2 == 1;
                        HttpRequest.Builder request = HttpRequest.newBuilder(
                                        base.resolve(read ? "/api/v1/tickets?limit=5" : "/api/v1/tickets"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + agent.token())
                                .header("Content-Type", "application/json");
                        if (!read) {
                            request.POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"Outage " + client + "-"
                                    + i++ + "\",\"channel\":\"phone\",\"customerId\":" + customerId + "}"));
                        }
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> response =
                                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                            long millis = (System.nanoTime() - started) / 1_000_000;
                            answers.add(new Answer(
                                    started,
                                    response.statusCode(),
                                    millis,
                                    response.body(),
                                    response.headers().firstValue("Retry-After").orElse(null),
                                    response.headers()
                                            .firstValue("Content-Type")
                                            .orElse("")));
                            if (response.statusCode() == 201) {
                                Matcher id = ID.matcher(response.body());
                                if (id.find()) {
                                    acknowledged.add(Long.parseLong(id.group(1)));
                                }
                            }
                            if (response.statusCode() == 503) {
                                Thread.sleep(20);
                            }
                        } catch (Exception e) {
                            answers.add(new Answer(started, -1, 0, e.toString(), null, ""));
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            stoppedAt = System.nanoTime();
            PostgresResource.stopDatabase();
            Thread.sleep(1000);
            assertEquals(503, readiness(http), "readiness is down during the outage");
            Thread.sleep(3000);
            restartedAt = System.nanoTime();
            PostgresResource.startDatabase();
            long recoveredAt = 0;
            for (int i = 0; i < 100 && recoveredAt == 0; i++) {
                Thread.sleep(100);
                if (answers.stream().anyMatch(a -> a.startedNanos() > restartedAt && a.status() / 100 == 2)) {
                    recoveredAt = System.nanoTime();
                }
            }
            assertTrue(recoveredAt > 0, "requests succeed again after the database is back");
            assertTrue(
                    Duration.ofNanos(recoveredAt - restartedAt).toSeconds() < 5,
                    "recovery within seconds of the restart");
            Thread.sleep(500);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            root.removeHandler(capture);
            if (PostgresResource.isStopped()) {
                PostgresResource.startDatabase();
            }
        }
        // The readiness check has its own pool connection to replace; give it the probe's second.
        int ready = readiness(http);
        for (int i = 0; i < 20 && ready != 200; i++) {
            Thread.sleep(100);
            ready = readiness(http);
        }
        assertEquals(200, ready, "readiness is up again");

        List<Answer> during = new ArrayList<>();
        for (Answer answer : answers) {
            assertTrue(answer.status() > 0, "every request was answered: " + answer.body());
            assertTrue(
                    answer.status() < 500 || answer.status() == 503,
                    "no 500: " + answer.status() + " " + answer.body());
            if (answer.status() == 503) {
                during.add(answer);
                assertEquals("application/problem+json", answer.type(), answer.body());
                assertTrue(answer.body().contains("\"code\":\"service.database-unavailable\""), answer.body());
                assertTrue(answer.retryAfter() != null && Long.parseLong(answer.retryAfter()) > 0);
            }
        }
        assertTrue(during.size() > CLIENTS, "requests were made during the outage: " + during.size());
        List<Long> times = during.stream().map(Answer::millis).sorted().toList();
        long p90 = times.get((int) (times.size() * 0.9));
        assertTrue(p90 < 200, "503 answered fast, p90 " + p90 + " ms of " + times);
        assertTrue(times.get(times.size() - 1) < 3000, "no request waited long: " + times.get(times.size() - 1));

        for (long id : acknowledged) {
            as(agent.token()).get("/api/v1/tickets/{id}", id).then().statusCode(200);
        }
        assertTrue(acknowledged.size() > 0);
        // Transactions in flight when the server went away may each log their failed rollback (the
        // transaction manager's warning); requests refused during the outage log nothing.
        List<String> traced = withStackTraces.stream()
                .map(r -> r.getLoggerName() + ": " + r.getMessage())
                .toList();
        assertTrue(
                traced.size() <= CLIENTS && traced.size() * 10 < during.size(),
                "not a stack trace per request: " + traced);
        assertTrue(traced.stream().noneMatch(line -> line.startsWith("io.kaiku")), traced.toString());
        assertTrue(
                outageLines.size() >= 2 && outageLines.size() <= 4, "outage and recovery logged once: " + outageLines);
        System.out.printf(
                "Outage: %d answers, %d refused with 503 (p90 %d ms, max %d ms), %d tickets acknowledged, stopped for %d ms%n",
                answers.size(),
                during.size(),
                p90,
                times.get(times.size() - 1),
                acknowledged.size(),
                Duration.ofNanos(restartedAt - stoppedAt).toMillis());
    }

    private int readiness(HttpClient http) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
