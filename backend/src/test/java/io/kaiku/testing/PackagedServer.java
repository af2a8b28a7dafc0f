package io.kaiku.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar} as `make run` starts it, for tests of the
 * packaged application: a restart, or several instances on one database.
 */
public final class PackagedServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final int port;
    private final Path data;

    private PackagedServer(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    /**
     * Starts the server with its data in {@code data} on a free port; {@code environment} adds to
     * (or, with an empty value, removes from) the environment, e.g. {@code KAIKU_DB_URL}.
     */
    public static PackagedServer start(Path data, Map<String, String> environment) throws Exception {
        int port = freePort();
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolve("kaiku.log").toFile()));
        Map<String, String> env = builder.environment();
        env.remove("KAIKU_DB_URL");
        env.put("KAIKU_DATA_DIR", data.toString());
        env.put("KAIKU_PORT", Integer.toString(port));
        env.put("KAIKU_WEB_ROOT", data.resolve("no-spa").toString());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        PackagedServer server = new PackagedServer(builder.start(), port, data);
        server.awaitReady();
        return server;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(data.resolve("kaiku.log"));
    }

    public String login(String email, String password) throws Exception {
        return send(null, "POST", "/api/v1/auth/login", Map.of("email", email, "password", password))
                .get("accessToken")
                .asText();
    }

    /** Sends a JSON request and fails unless it answers 2xx; returns the body (null for 204). */
    public JsonNode send(String token, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kaiku exited:\n" + log());
            }
            try {
                HttpResponse<Void> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Kaiku did not become ready:\n" + log());
    }

    /** A normal stop (SIGTERM), as Ctrl-C on `make run`: an embedded database shuts down with it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
