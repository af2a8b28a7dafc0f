package io.kaiku.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kaiku's benchmarks, over HTTP on loopback against the packaged server and its embedded
 * PostgreSQL with durable commits. {@code measure} loads a million tickets (once; the data
 * directory is kept) and measures; {@code crash} kills the server mid-load and checks that every
 * acknowledged ticket survived.
 */
public final class Benchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNSOLVED = "status=new&status=open&status=pending&status=on_hold";
    private static final int HTTP_PORT = 18090;
    private static final int DB_PORT = 15432;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path jar = Path.of(options.getOrDefault("jar", "backend/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        Path data = Path.of(options.getOrDefault("data", "bench/data")).toAbsolutePath();
        Path report = Path.of(options.getOrDefault("report", "bench/results/latest.md")).toAbsolutePath();
        Files.createDirectories(report.getParent());
        switch (args.length == 0 ? "measure" : args[0]) {
            case "measure" -> measure(jar, data, report,
                    Integer.parseInt(options.getOrDefault("tickets", "1000000")),
                    Integer.parseInt(options.getOrDefault("customers", "200000")),
                    Integer.parseInt(options.getOrDefault("seconds", "15")));
            case "crash" -> crash(jar, data, report);
            case "kb" -> KnowledgeBaseBench.run(jar, Path.of(options.getOrDefault("data", "bench/data-kb")).toAbsolutePath(),
                    Path.of(options.getOrDefault("report", "bench/results/knowledge-base.md")).toAbsolutePath(),
                    Integer.parseInt(options.getOrDefault("translations", "100000")),
                    Integer.parseInt(options.getOrDefault("seconds", "20")));
            case "compare" -> {
                Path before = Path.of(options.getOrDefault("before", "")).toAbsolutePath();
                CreationComparison.requireJar(before);
                CreationComparison.run(before, jar, Path.of(options.getOrDefault("data", "bench/data-compare")).toAbsolutePath(),
                        Path.of(options.getOrDefault("report", "bench/results/creation-comparison.md")).toAbsolutePath(),
                        Integer.parseInt(options.getOrDefault("seconds", "15")));
            }
            case "create" -> createOnly(jar, data, options.get("base"),
                    Integer.parseInt(options.getOrDefault("customers", "200000")),
                    Integer.parseInt(options.getOrDefault("seconds", "15")));
            default -> throw new IllegalArgumentException("measure, create, compare, crash or kb");
        }
    }

    static void measure(Path jar, Path data, Path report, int tickets, int customers, int seconds) throws Exception {
        Duration window = Duration.ofSeconds(seconds);
        List<String> lines = new ArrayList<>();
        try (Kaiku loading = Kaiku.start(jar, data, HTTP_PORT, DB_PORT, null, null, List.of());
                Connection connection = loading.superuser(DB_PORT)) {
            long existing = DataLoader.ticketCount(connection);
            if (existing < tickets) {
                System.out.println("Loading " + tickets + " tickets and " + customers + " customers (once)...");
                DataLoader.load(connection, tickets, customers, 3);
            }
            // Takes effect at the next start of the database, below.
            StatementStatistics.enable(connection);
        }
        try (Kaiku kaiku = Kaiku.start(jar, data, HTTP_PORT, DB_PORT, null, null, List.of());
                Connection connection = kaiku.superuser(DB_PORT)) {
            // Measure a settled database, as autovacuum keeps it, not one a migration just rewrote.
            System.out.println("Vacuuming...");
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
                // Write out what the vacuum dirtied now, not during the first measurement.
                statement.execute("checkpoint");
            }
            lines.add(dataset(connection));
            StatementStatistics database = new StatementStatistics(connection);
            String base = kaiku.base();
            String admin = login(base, Kaiku.ADMIN_EMAIL);
            String agent = login(base, "agent1@bench.test");
            long queueId = JSON.readTree(get(base, "/api/v1/queues", admin)).get(1).get("id").asLong();

            System.out.println("Warming up...");
            Load.run("warm-up", 4, Duration.ofSeconds(10), i -> Load.request(base, "/api/v1/tickets?" + UNSOLVED, admin).build(), 200);
            warmUpCreation(base, admin, customers);

            System.out.println("Measuring...");
            List<String> words = List.of("router", "invoice", "printer", "refund", "zebra");
            List<Measurement> results = new ArrayList<>();
            results.add(database.during(() -> Load.run("create ticket, 1 client", 1, window, i -> create(base, admin, customers), 201)));
            results.add(database.during(() -> Load.run("create ticket, 32 clients", 32, window, i -> create(base, admin, customers), 201)));
            results.add(database.during(() -> Load.run("queue list: all open, first page", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&" + UNSOLVED, admin).build(), 200)));
            results.add(database.during(() -> Load.run("queue list: my open, first page", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&assignee=me&" + UNSOLVED, agent).build(), 200)));
            results.add(database.during(() -> Load.run("queue list: one queue, first page", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&queueId=" + queueId + "&" + UNSOLVED, admin).build(), 200)));
            results.add(database.during(() -> Load.run("queue list: solved, sorted by update", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&status=solved&sort=updated", admin).build(), 200)));
            List<String> cursors = walkCursors(base, admin, 400);
            results.add(database.during(() -> Load.run("queue list: deep cursor pages (up to 400)", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&" + UNSOLVED + "&cursor="
                            + cursors.get(ThreadLocalRandom.current().nextInt(cursors.size())), admin).build(), 200)));
            results.add(database.during(() -> Load.run("ticket detail (ticket with 20 messages)", 4, window,
                    i -> Load.request(base, "/api/v1/tickets/" + (1 + ThreadLocalRandom.current().nextInt(DataLoader.DETAIL_TICKETS)), admin).build(), 200)));
            results.add(database.during(() -> Load.run("ticket conversation (20 messages)", 4, window,
                    i -> Load.request(base, "/api/v1/tickets/" + (1 + ThreadLocalRandom.current().nextInt(DataLoader.DETAIL_TICKETS)) + "/messages", admin).build(), 200)));
            results.add(database.during(() -> Load.run("customer search (name, email or phone)", 4, window,
                    i -> Load.request(base, "/api/v1/customers?limit=20&q=" + searchTerm(i), admin).build(), 200)));
            results.add(database.during(() -> Load.run("free-text search, open tickets (inbox)", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&" + UNSOLVED + "&q=" + words.get(i % words.size()), admin).build(), 200)));
            results.add(database.during(() -> Load.run("free-text search, all tickets", 4, window,
                    i -> Load.request(base, "/api/v1/tickets?limit=50&q=" + words.get(i % words.size()), admin).build(), 200)));
            results.add(database.during(() -> Load.run("inbox counts", 4, window,
                    i -> Load.request(base, "/api/v1/tickets/counts", agent).build(), 200)));
            long loadedRss = kaiku.residentMegabytes();

            String startup;
            try (Kaiku second = Kaiku.start(jar, data.resolve("second"), HTTP_PORT + 1, 0,
                    "jdbc:postgresql://localhost:" + DB_PORT + "/kaiku", kaiku.appPassword(), List.of())) {
                Thread.sleep(5000);
                startup = String.format("| Start-up, JVM mode, database running | ≤ 3 s | %.2f s |%n| Idle RSS after start | ≤ 300 MB | %d MB |%n",
                        second.startedInSeconds(), second.residentMegabytes());
            }
            lines.add(table(results, loadedRss, startup));
        }
        write(report, lines);
    }

    /** Only ticket creation, on the loaded data or against a server already running at {@code base}: for tuning. */
    static void createOnly(Path jar, Path data, String base, int customers, int seconds) throws Exception {
        Duration window = Duration.ofSeconds(seconds);
        try (Kaiku kaiku = base == null ? Kaiku.start(jar, data, HTTP_PORT, DB_PORT, null, null, List.of()) : null) {
            String url = base == null ? kaiku.base() : base;
            String admin = login(url, Kaiku.ADMIN_EMAIL);
            warmUpCreation(url, admin, customers);
            Load.run("create ticket, 1 client", 1, window, i -> create(url, admin, customers), 201);
            Load.run("create ticket, 32 clients", 32, window, i -> create(url, admin, customers), 201);
        }
    }

    /** The JIT needs a while at full concurrency before creation runs at its steady pace. */
    private static void warmUpCreation(String base, String token, int customers) throws Exception {
        Load.run("warm-up create", 32, Duration.ofSeconds(15), i -> create(base, token, customers), 201);
    }

    static void crash(Path jar, Path data, Path report) throws Exception {
        Path directory = data.resolve("crash-" + System.currentTimeMillis());
        int port = HTTP_PORT + 2;
        int dbPort = DB_PORT + 1;
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        long customerId;
        Kaiku kaiku = Kaiku.start(jar, directory, port, dbPort, null, null, List.of());
        String base = kaiku.base();
        String token = login(base, Kaiku.ADMIN_EMAIL);
        HttpResponse<String> customer = Load.CLIENT.send(Load.request(base, "/api/v1/customers", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Crash test customer\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        customerId = JSON.readTree(customer.body()).get("id").asLong();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(5000);
                kaiku.kill9();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        long id = customerId;
        Load.Result load = Load.run("create ticket until kill -9", 32, Duration.ofSeconds(8), i -> {
            return Load.request(base, "/api/v1/tickets", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"Crash " + i + "\",\"channel\":\"api\",\"customerId\":" + id + "}"))
                    .build();
        }, 201);
        killer.join();
        // Collect what was acknowledged: every 201 carried the ticket; read them back after the restart.
        try (Kaiku restarted = Kaiku.start(jar, directory, port, dbPort, null, null, List.of());
                Connection connection = restarted.superuser(dbPort)) {
            long stored = count(connection, "select count(*) from ticket where customer_id = " + customerId);
            long withoutEvent = count(connection,
                    "select count(*) from ticket t where not exists (select 1 from ticket_event e where e.ticket_id = t.id and e.type = 'created')");
            String result = String.format("""
                    ## Crash test (kill -9 during load)

                    32 clients created tickets for 5 s; then the server JVM was killed with SIGKILL while requests
                    were in flight, and Kaiku was started again on the same data directory.

                    | What | Count |
                    | --- | --- |
                    | Tickets acknowledged with 201 before the kill | %d |
                    | Tickets in the database after the restart | %d |
                    | Acknowledged tickets missing | %d |
                    | Tickets without their "created" event (half-written) | %d |
                    """, load.requests(), stored, Math.max(0, load.requests() - stored), withoutEvent);
            System.out.println(result);
            write(report, List.of(result));
            if (stored < load.requests() || withoutEvent > 0) {
                throw new IllegalStateException("Crash test failed: acknowledged tickets were lost or half-written");
            }
        }
    }

    private static HttpRequest create(String base, String token, int customers) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String priority = List.of("low", "normal", "normal", "high", "urgent").get(random.nextInt(5));
        String body = "{\"subject\":\"Printer offline after update\",\"description\":\"The customer called: the office printer "
                + "went offline after the firmware update and nobody can print invoices.\",\"channel\":\"phone\","
                + "\"priority\":\"" + priority + "\",\"customerId\":" + (1 + random.nextInt(customers))
                + ",\"tags\":[\"hardware\"]}";
        return Load.request(base, "/api/v1/tickets", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String searchTerm(int i) {
        return switch (i % 3) {
            case 0 -> List.of("virtanen", "tanaka", "kovacs", "ozols", "laine").get((i / 3) % 5);
            case 1 -> "customer" + (1 + (i * 7919) % 200_000) + "%40example.com";
            default -> Integer.toString(1000 + (i * 31) % 9000);
        };
    }

    private static List<String> walkCursors(String base, String token, int pages) throws Exception {
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < pages; page++) {
            String body = get(base, "/api/v1/tickets?limit=50&" + UNSOLVED + (cursor == null ? "" : "&cursor=" + cursor), token);
            JsonNode next = JSON.readTree(body).get("nextCursor");
            if (next == null || next.isNull()) {
                break;
            }
            cursor = next.asText();
            cursors.add(cursor);
        }
        return cursors;
    }

    static String login(String base, String email) throws Exception {
        HttpResponse<String> response = Load.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + Kaiku.ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    private static String get(String base, String path, String token) throws Exception {
        return Load.CLIENT.send(Load.request(base, path, token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String dataset(Connection connection) throws Exception {
        String sql = """
                select (select count(*) from ticket), (select count(*) from ticket where status in ('new','open','pending','on_hold')),
                       (select count(*) from customer), (select count(*) from ticket_message), (select count(*) from ticket_event),
                       pg_size_pretty(pg_database_size(current_database())), version()
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return String.format("""
                    ## Data set

                    %,d tickets (%,d open), %,d customers, %,d messages, %,d ticket events; database %s.
                    %s, embedded, with `fsync` and `synchronous_commit` on.
                    """, rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getString(6),
                    rows.getString(7).replaceAll(" on .*", ""));
        }
    }

    private static String table(List<Measurement> results, long rss, String startup) {
        StringBuilder table = new StringBuilder("""
                ## Results

                Closed-loop clients over HTTP on loopback, on the same machine as the server and database.
                "PostgreSQL" is the time the database spent executing the statements of one request, on
                average, and how many statements that was (from `pg_stat_statements`; commits included,
                so for creation it holds the wait for the durable commit).

                | Measurement | Clients | Requests | Throughput | p50 | p95 | p99 | PostgreSQL per request | Statements |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        for (Measurement m : results) {
            Load.Result r = m.http();
            table.append(String.format("| %s | %d | %,d | %,.0f/s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.1f |%n", r.name(),
                    r.clients(), r.requests(), r.perSecond(), r.p50(), r.p95(), r.p99(), m.databaseMillisPerRequest(),
                    m.statementsPerRequest()));
        }
        table.append(String.format("""

                | Target | Goal | Measured |
                | --- | --- | --- |
                | Tickets created per second, 32 clients, durable commits | ≥ 1,500/s | %,.0f/s |
                | Queue list p99 (first page, all open) | ≤ 10 ms | %.2f ms |
                | Queue list p99 (my open) | ≤ 10 ms | %.2f ms |
                | Queue list p99 (deep cursor pages) | ≤ 25 ms | %.2f ms |
                | Ticket detail p99 | ≤ 5 ms | %.2f ms |
                | Free-text search over all tickets, common word, p95 | ≤ 100 ms | %.2f ms |
                | Inbox counts p99 | ≤ 20 ms | %.2f ms |
                | Server RSS after the run | — | %d MB |
                %s""", results.get(1).http().perSecond(), results.get(2).http().p99(), results.get(3).http().p99(),
                results.get(6).http().p99(), results.get(7).http().p99(), results.get(11).http().p95(),
                results.get(12).http().p99(), rss, startup));
        return table.toString();
    }

    static void write(Path report, List<String> sections) throws IOException {
        String machine = machine();
        String text = "# Benchmark run " + LocalDate.now() + "\n\n" + machine + "\n" + String.join("\n", sections);
        Files.writeString(report, text);
        System.out.println("Wrote " + report);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024).orElse(0L);
        return String.format("Machine: %d cores (%s), %d GiB memory, %s %s, Java %s.%n", Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }
}
