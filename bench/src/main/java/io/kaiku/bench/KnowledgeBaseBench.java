package io.kaiku.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * {@code bench/run.sh kb}: loads article translations across the five languages through the API
 * (built from the sentences of the search-quality corpus, each article mixing several topics and a
 * product name of its own), then measures help center search and suggestions while typing at 16
 * concurrent clients.
 */
final class KnowledgeBaseBench {
    static final List<String> LANGUAGES = List.of("en", "fi", "ja", "hu", "lv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HTTP_PORT = 18094;
    private static final int DB_PORT = 15436;

    private KnowledgeBaseBench() {}

    static void run(Path jar, Path data, Path report, int translations, int seconds) throws Exception {
        Map<String, JsonNode> corpus = new LinkedHashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String language : LANGUAGES) {
            corpus.put(language, yaml.readTree(Files.readString(
                    Path.of("backend/src/test/resources/knowledge-base/corpus-" + language + ".yaml"))));
        }
        try (Kaiku kaiku = Kaiku.start(jar, data, HTTP_PORT, DB_PORT, null, null, List.of())) {
            String base = kaiku.base();
            String admin = Benchmark.login(base, Kaiku.ADMIN_EMAIL);
            long loaded = count(kaiku, "select count(*) from kb_search_document");
            if (loaded < translations) {
                load(base, admin, corpus, (int) Math.ceil((translations - loaded) / (double) LANGUAGES.size()));
            }
            try (Connection connection = connection(kaiku); Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
                statement.execute("checkpoint");
            }
            String customer = customerToken(base, admin);
            List<String[]> queries = new ArrayList<>();
            List<String[]> typing = new ArrayList<>();
            for (String language : LANGUAGES) {
                for (JsonNode q : corpus.get(language).get("queries")) {
                    String text = q.get("q").asText();
                    queries.add(new String[] {language, text});
                    for (int cut = Math.min(3, text.length()); cut <= text.length(); cut++) {
                        typing.add(new String[] {language, text.substring(0, cut)});
                    }
                }
            }
            Duration window = Duration.ofSeconds(seconds);
            System.out.println("Warming up...");
            Load.run("warm-up", 16, Duration.ofSeconds(15), i -> search(base, customer, queries.get(i % queries.size())), 200);
            List<Load.Result> results = new ArrayList<>();
            results.add(Load.run("help center search, 16 clients", 16, window,
                    i -> search(base, customer, queries.get(ThreadLocalRandom.current().nextInt(queries.size()))), 200));
            results.add(Load.run("suggestions while typing, 16 clients", 16, window,
                    i -> suggest(base, customer, typing.get(ThreadLocalRandom.current().nextInt(typing.size()))), 200));
            results.add(Load.run("help center search, all languages, 16 clients", 16, window,
                    i -> search(base, customer, new String[] {"all", queries.get(ThreadLocalRandom.current().nextInt(queries.size()))[1]}), 200));
            results.add(Load.run("help center search, 1 client", 1, window,
                    i -> search(base, customer, queries.get(ThreadLocalRandom.current().nextInt(queries.size()))), 200));
            write(kaiku, report, results);
        }
    }

    private static void load(String base, String admin, Map<String, JsonNode> corpus, int articles) throws Exception {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> s = new ArrayList<>();
            List<String> t = new ArrayList<>();
            corpus.get(language).get("articles").forEach(a -> {
                t.add(a.get("title").asText());
                for (String sentence : a.get("body").asText().split("(?<=[.。!?])\\s*")) {
                    if (!sentence.isBlank()) {
                        s.add(sentence.strip());
                    }
                }
            });
            sentences.put(language, s);
            titles.put(language, t);
        }
        long category = id(post(base, admin, "/api/v1/knowledge-base/categories",
                "{\"names\":{\"en\":\"Bench\"},\"visibility\":\"public\"}"));
        List<Long> sections = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sections.add(id(post(base, admin, "/api/v1/knowledge-base/sections",
                    "{\"categoryId\":" + category + ",\"names\":{\"en\":\"Section " + i + "\"},\"visibility\":\""
                            + (i % 10 == 9 ? "internal" : "public") + "\"}")));
        }
        System.out.println("Loading " + articles + " articles in " + LANGUAGES.size() + " languages...");
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int worker = 0; worker < 6; worker++) {
            int w = worker;
            futures.add(pool.submit(() -> {
                Random random = new Random(w);
                for (int n = w; n < articles; n += 6) {
                    ObjectNode body = JSON.createObjectNode();
                    body.put("sectionId", sections.get(n % sections.size()));
                    body.put("visibility", "public");
                    ArrayNode list = body.putArray("translations");
                    String product = "K" + Integer.toString(100_000 + n, 36).toUpperCase();
                    int topic = random.nextInt(1000);
                    for (String language : LANGUAGES) {
                        List<String> t = titles.get(language);
                        List<String> s = sentences.get(language);
                        StringBuilder html = new StringBuilder("<p>" + product + "</p>");
                        for (int k = 0; k < 5; k++) {
                            html.append("<p>").append(s.get(random.nextInt(s.size()))).append("</p>");
                        }
                        ObjectNode translation = list.addObject();
                        translation.put("language", language);
                        translation.put("title", t.get(topic % t.size()) + " " + product);
                        translation.put("bodyHtml", html.toString());
                        translation.put("state", "published");
                    }
                    post(base, admin, "/api/v1/knowledge-base/articles", body.toString());
                    int count = done.incrementAndGet();
                    if (count % 1000 == 0) {
                        System.out.printf("  %,d articles, %.0f/s%n", count, count / ((System.nanoTime() - started) / 1e9));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    private static HttpRequest search(String base, String token, String[] query) {
        return Load.request(base, "/api/v1/help-center/search?limit=10&language=" + query[0] + "&q="
                + URLEncoder.encode(query[1], StandardCharsets.UTF_8), token).build();
    }

    private static HttpRequest suggest(String base, String token, String[] query) {
        return Load.request(base, "/api/v1/help-center/suggestions?language=" + query[0] + "&q="
                + URLEncoder.encode(query[1], StandardCharsets.UTF_8), token).build();
    }

    private static String customerToken(String base, String admin) throws Exception {
        String email = "kb-bench-" + System.currentTimeMillis() + "@bench.test";
        long customer = id(post(base, admin, "/api/v1/customers", "{\"name\":\"Bench Customer\"}"));
        post(base, admin, "/api/v1/users", "{\"name\":\"Bench Customer\",\"email\":\"" + email + "\",\"password\":\""
                + Kaiku.ADMIN_PASSWORD + "\",\"role\":\"customer\",\"customerId\":" + customer + "}");
        return Benchmark.login(base, email);
    }

    private static String post(String base, String token, String path, String body) {
        try {
            HttpResponse<String> response = Load.CLIENT.send(Load.request(base, path, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(String body) throws Exception {
        return JSON.readTree(body).get("id").asLong();
    }

    private static Connection connection(Kaiku kaiku) throws Exception {
        return kaiku.superuser(DB_PORT);
    }

    private static long count(Kaiku kaiku, String sql) throws Exception {
        try (Connection connection = connection(kaiku); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void write(Kaiku kaiku, Path report, List<Load.Result> results) throws Exception {
        StringBuilder text = new StringBuilder("""
                ## Knowledge base search

                | Measurement | Clients | Requests | Throughput | p50 | p95 | p99 |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        for (Load.Result r : results) {
            text.append(String.format("| %s | %d | %,d | %,.0f/s | %.2f ms | %.2f ms | %.2f ms |%n", r.name(), r.clients(),
                    r.requests(), r.perSecond(), r.p50(), r.p95(), r.p99()));
        }
        String dataset;
        try (Connection connection = connection(kaiku); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select (select count(*) from kb_search_document), (select count(*) from kb_search_term),"
                                + " pg_size_pretty(pg_total_relation_size('kb_search_document'))")) {
            rows.next();
            dataset = String.format("%n%,d published translations indexed, %,d distinct terms; index table %s.%n",
                    rows.getLong(1), rows.getLong(2), rows.getString(3));
        }
        Benchmark.write(report, List.of(text + dataset));
    }
}
