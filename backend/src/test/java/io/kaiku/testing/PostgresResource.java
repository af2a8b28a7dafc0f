package io.kaiku.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.kaiku.platform.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real, throw-away PostgreSQL for the test run (there is no Docker here, so no Dev Services).
 * The application connects as it does in production: as a role without superuser rights that owns
 * its database. Tests may stop and start the server to try an outage.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    public static final String APP_ROLE = "kaiku";
    public static final String APP_PASSWORD = "kaiku-test-password";
    private static final String DATABASE = "kaiku";

    private static EmbeddedPostgres postgres;
    private static boolean stopped;
    private static Path dataDirectory;
    // One Kaiku data directory (signing key) for the run, so tokens survive restarts for test profiles.
    private static Path kaikuData;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                dataDirectory = Files.createTempDirectory("kaiku-test-db");
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                startDatabase();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement sql = connection.createStatement()) {
                    sql.execute("create role " + APP_ROLE + " login nosuperuser password '" + APP_PASSWORD + "'");
                    sql.execute("create database " + DATABASE + " owner " + APP_ROLE);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                kaikuData = Files.createTempDirectory("kaiku-test-data");
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::removeDatabase, "test-db-stop"));
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://localhost:" + port + "/" + DATABASE,
                    "quarkus.datasource.username",
                    APP_ROLE,
                    "quarkus.datasource.password",
                    APP_PASSWORD,
                    "kaiku.data-dir",
                    kaikuData.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        // The database is shared by every test class of the run and stops with the JVM.
    }

    /** Kaiku's database, for a superuser's look at it. */
    public static String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** Stops the server (a fast shutdown: connections are cut), keeping its data. */
    public static synchronized void stopDatabase() throws IOException {
        postgres.close();
        stopped = true;
    }

    public static synchronized boolean isStopped() {
        return stopped;
    }

    /** Starts the server again on the same data and port. */
    public static synchronized void startDatabase() throws IOException {
        postgres = EmbeddedDatabase.withLocale(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("max_connections", "300")
                .start();
        stopped = false;
    }

    private static synchronized void removeDatabase() {
        try {
            postgres.close();
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            // The JVM is going away; a leftover temporary directory is harmless.
        }
    }
}
