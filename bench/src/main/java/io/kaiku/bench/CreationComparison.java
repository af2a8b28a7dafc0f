package io.kaiku.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Ticket creation of two builds side by side in one run: each on a fresh embedded database of its
 * own with the same customers, warmed up alike, measured at 1 and 32 clients, alternating twice so
 * that neither gains from running later. For changes to the hot path ({@code bench/run.sh compare
 * --before <jar>}).
 */
final class CreationComparison {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HTTP_PORT = 18096;
    private static final int DB_PORT = 15438;
    private static final int CUSTOMERS = 200;

    private CreationComparison() {}

    static void run(Path before, Path after, Path data, Path report, int seconds) throws Exception {
        Duration window = Duration.ofSeconds(seconds);
        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (Path jar : List.of(before, after)) {
                String build = jar.equals(before) ? "before" : "after";
                Path directory = data.resolve(build + "-" + round + "-" + System.currentTimeMillis());
                try (Kaiku kaiku = Kaiku.start(jar, directory, HTTP_PORT, DB_PORT, null, null, List.of())) {
                    String base = kaiku.base();
                    String admin = Benchmark.login(base, Kaiku.ADMIN_EMAIL);
                    List<Long> customers = customers(base, admin);
                    System.out.println("Round " + round + ", " + build + " (" + jar + ")");
                    Load.run("warm-up create", 32, Duration.ofSeconds(20), i -> create(base, admin, customers), 201);
                    for (int clients : new int[] {1, 32}) {
                        Load.Result r = Load.run("create ticket, " + clients + " client" + (clients == 1 ? "" : "s"),
                                clients, window, i -> create(base, admin, customers), 201);
                        rows.add(String.format("| %d | %s | %d | %,.0f/s | %.2f ms | %.2f ms | %.2f ms |", round, build, clients,
                                r.perSecond(), r.p50(), r.p95(), r.p99()));
                    }
                }
            }
        }
        String text = """
                ## Ticket creation before and after

                Before: `%s`. After: `%s`. Each on a fresh embedded database with %d customers, durable commits,
                20 s warm-up at 32 clients, then %d s per measurement; the builds alternate twice.

                | Round | Build | Clients | Throughput | p50 | p95 | p99 |
                | ---: | --- | ---: | ---: | ---: | ---: | ---: |
                %s
                """.formatted(before, after, CUSTOMERS, seconds, String.join("\n", rows));
        System.out.println(text);
        Benchmark.write(report, List.of(text));
    }

    private static List<Long> customers(String base, String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            HttpResponse<String> response = Load.CLIENT.send(Load.request(base, "/api/v1/customers", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Customer " + i + "\",\"email\":\"c" + i
                            + "@example.com\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            ids.add(JSON.readTree(response.body()).get("id").asLong());
        }
        return ids;
    }

    private static HttpRequest create(String base, String token, List<Long> customers) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String priority = List.of("low", "normal", "normal", "high", "urgent").get(random.nextInt(5));
        String body = "{\"subject\":\"Printer offline after update\",\"description\":\"The customer called: the office printer "
                + "went offline after the firmware update and nobody can print invoices.\",\"channel\":\"phone\","
                + "\"priority\":\"" + priority + "\",\"customerId\":" + customers.get(random.nextInt(customers.size()))
                + ",\"tags\":[\"hardware\"]}";
        return Load.request(base, "/api/v1/tickets", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No build at " + jar + "; build it first (mvnw package in its checkout)");
        }
    }
}
