package io.kaiku.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Kaiku server process started from the packaged jar, as `make run` starts it. */
final class Kaiku implements AutoCloseable {
    static final String ADMIN_EMAIL = "admin@bench.test";
    static final String ADMIN_PASSWORD = "bench-password-1";

    final Process process;
    final int port;
    final Path log;

    private Kaiku(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Kaiku; with {@code externalDbUrl} null it starts its embedded PostgreSQL on {@code dbPort}. */
    static Kaiku start(Path jar, Path dataDirectory, int port, int dbPort, String externalDbUrl, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDirectory);
        Path log = dataDirectory.resolve("kaiku-" + port + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KAIKU_DATA_DIR", dataDirectory.toString());
        env.put("KAIKU_PORT", Integer.toString(port));
        env.put("KAIKU_EMBEDDED_DB_PORT", Integer.toString(dbPort));
        env.put("KAIKU_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("KAIKU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KAIKU_WEB_ROOT", dataDirectory.resolve("no-spa").toString());
        if (externalDbUrl != null) {
            env.put("KAIKU_DB_URL", externalDbUrl);
            env.put("KAIKU_DB_USER", "postgres");
            env.put("KAIKU_DB_PASSWORD", "");
        } else {
            env.remove("KAIKU_DB_URL");
        }
        Kaiku kaiku = new Kaiku(builder.start(), port, log);
        kaiku.awaitReady(Duration.ofSeconds(180));
        return kaiku;
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kaiku exited; see " + log + "\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Kaiku did not become ready; see " + log);
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The "started in" time Quarkus logs, in seconds. */
    double startedInSeconds() throws IOException {
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("started in ");
            if (at >= 0) {
                String rest = line.substring(at + "started in ".length());
                return Double.parseDouble(rest.substring(0, rest.indexOf('s')));
            }
        }
        return Double.NaN;
    }

    long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
