package io.kaiku.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaiku.testing.Api;
import io.kaiku.testing.ContractFixtures;
import io.kaiku.testing.ContractFixtures.Caller;
import io.kaiku.testing.ContractOperations;
import io.kaiku.testing.ContractOperations.Operation;
import io.kaiku.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile requests generated from openapi.yaml for every operation it lists (so endpoints added
 * later are covered without touching this test): wrong types, missing and null fields, huge
 * strings, NUL, control characters and half surrogate pairs, deep nesting, broken JSON, odd and
 * oversized parameters and wrong content types, sent as an admin, an agent, a customer and an
 * anonymous caller. Every path parameter and needed query parameter has a real value (a fresh
 * object from {@link ContractFixtures}), so only the one a mutation breaks is wrong.
 *
 * <p>Every answer must be below 500; every error a problem document whose status is the answer's;
 * a refused request must leave every table as it was; and text that cannot be stored must be
 * refused with a 400 naming the field. The operation's intended caller gets every mutation, the
 * other callers a sample drawn with a fixed seed, so runs repeat.
 */
@QuarkusTest
class HostileRequestsTest {
    private static final long SEED = 20261201L;
    private static final int SAMPLE_FOR_OTHER_CALLERS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";
    /** Stands for 2,000 nested arrays, which Jackson refuses to write (but a client may send). */
    private static final String DEEP = "deep-nesting-placeholder";

    /** Stands for a lone surrogate, which only survives the trip as a JSON escape. */
    private static final String HALF_PAIR = "half-surrogate-placeholder";

    private static final String DEEP_JSON = "[".repeat(2_000) + "1" + "]".repeat(2_000);

    /** Bodies go out byte for byte, whatever content type they claim. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig()
                    .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)
                    .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)
                    .encodeContentTypeAs("application/merge-patch+json", ContentType.TEXT));

    private static Connection database;
    private static String checksumSql;

    @BeforeAll
    static void connect() throws SQLException {
        database = DriverManager.getConnection(PostgresResource.jdbcUrl());
        List<String> parts = new ArrayList<>();
        try (Statement statement = database.createStatement();
                ResultSet tables = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                        + " and table_name not like 'databasechangelog%'"
                        // Bookkeeping that every request moves, refused or not: when a session was
                        // last used, the rate-limit windows (the API's and the help center's for
                        // anonymous visitors) and the sign-in throttle.
                        + " and table_name not in ('user_session', 'rate_limit_window', 'login_throttle',"
                        + " 'kb_rate_window')"
                        + " order by table_name")) {
            while (tables.next()) {
                String table = tables.getString(1);
                parts.add("(select '" + table + "=' || count(*) || '/' || coalesce(sum(hashtext(x::text)::bigint), 0)"
                        + " from \"" + table + "\" x)");
            }
        }
        checksumSql = "select " + String.join(" || ' ' || ", parts);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        database.close();
    }

    @TestFactory
    List<DynamicTest> everyOperationSurvivesHostileRequests() {
        List<Operation> operations = ContractOperations.all();
        assertTrue(operations.size() >= 40, "the contract lists the operations");
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations) {
            tests.add(DynamicTest.dynamicTest(operation.toString(), () -> attack(operation)));
        }
        return tests;
    }

    private static void attack(Operation operation) throws Exception {
        Random random = new Random(SEED ^ operation.operationId().hashCode());
        List<Mutation> mutations = mutations(operation);
        Request base = baseRequest(operation);
        List<String> failures = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            List<Mutation> chosen = new ArrayList<>(mutations);
            if (caller != ContractFixtures.intendedCaller(operation)) {
                Collections.shuffle(chosen, random);
                chosen = chosen.subList(0, Math.min(SAMPLE_FOR_OTHER_CALLERS, chosen.size()));
            }
            for (Mutation mutation : chosen) {
                check(operation, caller, base.copy(), mutation, failures);
                if (failures.size() > 20) {
                    break;
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(operation + ": " + failures.size() + " bad answers:\n" + String.join("\n", failures));
        }
    }

    private static void check(
            Operation operation, Caller caller, Request request, Mutation mutation, List<String> failures)
            throws SQLException {
        mutation.apply().accept(request);
        boolean changing = !operation.method().equals("GET");
        String token = Request.token(operation, caller);
        String before = changing ? checksum() : null;
        Response response = request.send(operation, token);
        int status = response.statusCode();
        String what = caller + " / " + mutation.name() + " -> " + status;
        if (status >= 500) {
            failures.add(what + " " + abbreviate(response.asString()));
            return;
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(what + " is not a problem document: " + type + " " + abbreviate(response.asString()));
                return;
            }
            JsonNode problem = readTree(response.asString());
            if (problem == null
                    || problem.path("status").asInt() != status
                    || problem.path("code").asText().isEmpty()) {
                failures.add(what + " has a broken problem document: " + abbreviate(response.asString()));
                return;
            }
            if (changing && !before.equals(checksum())) {
                failures.add(what + " was refused but changed rows");
            }
            if (mutation.unstorableField() != null
                    && caller == ContractFixtures.intendedCaller(operation)
                    && !names(problem, mutation.unstorableField(), StorableText.CODE)) {
                failures.add(
                        what + " does not name " + mutation.unstorableField() + ": " + abbreviate(response.asString()));
            }
        } else if (mutation.unstorableField() != null) {
            failures.add(what + " accepted text that cannot be stored");
        }
    }

    private static boolean names(JsonNode problem, String field, String code) {
        if (problem.path("status").asInt() != 400) {
            return false;
        }
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)
                    && error.path("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    // ---- the mutations, derived from the operation's contract ------------------------------------

    private record Mutation(String name, Consumer<Request> apply, String unstorableField) {
        static Mutation of(String name, Consumer<Request> apply) {
            return new Mutation(name, apply, null);
        }
    }

    private static List<Mutation> mutations(Operation operation) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.of("the valid request", r -> {}));
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            for (String value : new String[] {
                "abc", "-1", "0", "1.5", "99999999999999999999", "%00", "%20", "9".repeat(5_000), "%F0%9F%98%80"
            }) {
                mutations.add(
                        Mutation.of("path " + name + "=" + abbreviate(value), r -> r.pathValues.put(name, value)));
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = ContractOperations.resolve(parameter.path("schema"));
            boolean text = isPlainString(schema);
            for (String value : new String[] {
                "abc",
                "",
                "-1",
                "99999999999999999999",
                "1e400",
                "%01%07%1B",
                "%F0%9F%98%80",
                "%FF%FE",
                "%ED%A0%80",
                "x".repeat(5_000),
                "x".repeat(20_000),
                "a&" + name + "=b"
            }) {
                mutations.add(Mutation.of("query " + name + "=" + abbreviate(value), r -> r.query.put(name, value)));
            }
            mutations.add(
                    new Mutation("query " + name + " with NUL", r -> r.query.put(name, "a%00b"), text ? name : null));
        }
        for (JsonNode parameter : operation.parameters("header")) {
            String name = parameter.path("name").asText();
            for (String value :
                    new String[] {"garbage", "\"abc\"", "W/\"1\"", "*", "\"99999999999999999999\"", "x".repeat(5_000)
                    }) {
                mutations.add(Mutation.of("header " + name + "=" + abbreviate(value), r -> r.headers.put(name, value)));
            }
        }
        if (operation.requestMediaTypes().contains("multipart/form-data")) {
            mutations.addAll(multipartMutations());
        } else if (!operation.requestMediaTypes().isEmpty()) {
            mutations.addAll(bodyMutations(operation));
        }
        return mutations;
    }

    private static List<Mutation> bodyMutations(Operation operation) {
        List<Mutation> mutations = new ArrayList<>();
        JsonNode schema = operation.requestSchema("application/json");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode type = ContractOperations.resolve(property.getValue());
            boolean text = isPlainString(type);
            boolean textList =
                    "array".equals(firstType(type)) && isPlainString(ContractOperations.resolve(type.path("items")));
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("a number", NODES.numberNode(12345));
            values.put("a string", NODES.textNode("not what is expected"));
            values.put("true", NODES.booleanNode(true));
            values.put("an object", JSON.createObjectNode().put("a", 1));
            values.put("an array", JSON.createArrayNode().add(1).add("two"));
            values.put("null", NODES.nullNode());
            values.put("an empty string", NODES.textNode(""));
            values.put("a huge string", NODES.textNode("x".repeat(300_000)));
            values.put("control characters", NODES.textNode("a\u0001\u0007\u001b\u007fb"));
            values.put("a huge number", NODES.numberNode(new java.math.BigDecimal("1e400")));
            values.put("a negative number", NODES.numberNode(-1));
            values.put("deep nesting", NODES.textNode(DEEP));
            values.forEach((label, value) ->
                    mutations.add(Mutation.of("body " + name + " = " + label, r -> r.body.set(name, value))));
            mutations.add(new Mutation("body " + name + " with NUL", r -> r.body.put(name, NUL), text ? name : null));
            mutations.add(new Mutation(
                    "body " + name + " with half a surrogate pair",
                    r -> r.body.put(name, HALF_PAIR),
                    text ? name : null));
            if (textList) {
                mutations.add(new Mutation(
                        "body " + name + "[0] with NUL",
                        r -> r.body.set(name, JSON.createArrayNode().add(NUL)),
                        name + "[0]"));
            }
            if (required.contains(name)) {
                mutations.add(Mutation.of("body without " + name, r -> r.body.remove(name)));
            }
        });
        mutations.add(Mutation.of("body with an unknown field", r -> r.body.put("shoeSize", 44)));
        for (String raw : new String[] {
            "",
            "{",
            "{\"a\":",
            "[]",
            "null",
            "\"text\"",
            "42",
            "{}  trailing",
            "\uFEFF{}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(100_000),
            "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
            "\u0000",
            "{\"a\":\"\\u00\"}"
        }) {
            mutations.add(Mutation.of("raw body " + abbreviate(raw), r -> r.raw = raw));
        }
        for (String type : new String[] {
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"
        }) {
            mutations.add(Mutation.of("content type " + type, r -> r.contentType = type));
        }
        return mutations;
    }

    private static List<Mutation> multipartMutations() {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.of(
                "no file part",
                r -> r.multipart = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n--b--\r\n"));
        mutations.add(Mutation.of("an empty file", r -> r.multipart = part("empty.txt", "")));
        mutations.add(Mutation.of(
                "a cut-off body",
                r -> r.multipart =
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello"));
        mutations.add(Mutation.of("no boundary", r -> {
            r.multipart = part("a.txt", "hello");
            r.contentType = "multipart/form-data";
        }));
        mutations.add(Mutation.of("garbage", r -> r.multipart = "this is not multipart"));
        mutations.add(Mutation.of("a huge file name", r -> r.multipart = part("x".repeat(10_000) + ".txt", "hello")));
        mutations.add(Mutation.of("a path as file name", r -> r.multipart = part("../../etc/passwd", "hello")));
        mutations.add(new Mutation(
                "a file name with NUL", r -> r.multipart = part("a\u0000b.txt", "hello"), "file.filename"));
        mutations.add(Mutation.of("content type application/json", r -> {
            r.contentType = "application/json";
            r.raw = "{}";
        }));
        return mutations;
    }

    private static String part(String filename, String content) {
        return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--b--\r\n";
    }

    private static boolean isPlainString(JsonNode schema) {
        return schema != null && "string".equals(firstType(schema)) && !schema.has("enum") && !schema.has("format");
    }

    private static String firstType(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? type.path(0).asText() : type.asText();
    }

    // ---- building and sending one request -----------------------------------------------------------

    /** A valid request, which a mutation then breaks in one place. */
    private static final class Request {
        /** A value for each path parameter; a mutation replaces one. */
        final Map<String, String> pathValues = new LinkedHashMap<>();

        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        ObjectNode body;
        String raw;
        String multipart;
        String contentType;

        Request copy() {
            Request copy = new Request();
            copy.pathValues.putAll(pathValues);
            copy.query.putAll(query);
            copy.body = body == null ? null : body.deepCopy();
            copy.multipart = multipart;
            copy.contentType = contentType;
            return copy;
        }

        /**
         * Signing out, or ending the other sessions, would end the sessions every other test shares,
         * so those are tried with an account of the caller's role made for the request.
         */
        private static boolean endsSessions(Operation operation) {
            return operation.path().equals("/api/v1/auth/logout")
                    || operation.path().equals("/api/v1/auth/sessions/end-others");
        }

        private static String disposableToken(Caller caller) {
            return switch (caller) {
                case anonymous -> null;
                case admin -> Api.staff("admin").token();
                case agent -> Api.staff("agent").token();
                case customer -> Api.portalCustomer().token();
            };
        }

        static String token(Operation operation, Caller caller) {
            return endsSessions(operation) ? disposableToken(caller) : ContractFixtures.token(caller);
        }

        Response send(Operation operation, String token) {
            RequestSpecification spec =
                    given().config(RAW).urlEncodingEnabled(false).accept(accept(operation));
            if (!operation.isPublic() && token != null) {
                spec.header("Authorization", "Bearer " + token);
            }
            headers.forEach(spec::header);
            byte[] payload = null;
            if (multipart != null) {
                payload = multipart.getBytes(StandardCharsets.UTF_8);
            } else if (raw != null) {
                payload = raw.getBytes(StandardCharsets.UTF_8);
            } else if (body != null) {
                payload = body.toString()
                        .replace("\"" + DEEP + "\"", DEEP_JSON)
                        .replace(HALF_PAIR, "a\\ud83db")
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (payload != null) {
                spec.contentType(contentType).body(payload);
            }
            StringBuilder url = new StringBuilder(ContractFixtures.fill(operation.path(), pathValues));
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
                separator = '&';
            }
            return spec.request(operation.method(), url.toString());
        }
    }

    /** JSON, or what a download answers with (and a problem document when it fails). */
    private static String accept(Operation operation) {
        List<String> types = operation.successMediaTypes();
        if (types.isEmpty() || types.stream().anyMatch(type -> type.contains("json"))) {
            return "application/json";
        }
        return String.join(", ", types) + ", application/problem+json";
    }

    private static Request baseRequest(Operation operation) {
        Request request = new Request();
        // Fixtures are made for the intended caller, so that another caller's attempt is a real one.
        Caller owner = ContractFixtures.intendedCaller(operation);
        request.pathValues.putAll(ContractFixtures.pathValues(operation, owner));
        request.query.putAll(ContractFixtures.query(operation));
        List<String> types = operation.requestMediaTypes();
        if (types.contains("multipart/form-data")) {
            request.multipart = part("receipt.txt", "Receipt 2026-1187");
            request.contentType = "multipart/form-data; boundary=b";
        } else if (!types.isEmpty()) {
            String type = types.contains("application/json") ? "application/json" : types.get(0);
            request.contentType = type;
            var examples = operation.examples(type);
            JsonNode example = examples.isEmpty()
                    ? JSON.createObjectNode()
                    : examples.get(0).value();
            request.body = (ObjectNode) ContractFixtures.body(operation, example, owner);
            ContractFixtures.prepare(operation, request.body);
        }
        return request;
    }

    private static String checksum() throws SQLException {
        try (Statement statement = database.createStatement();
                ResultSet row = statement.executeQuery(checksumSql)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return visible.length() > 60 ? visible.substring(0, 60) + "...(" + visible.length() + ")" : visible;
    }
}
