package io.kaiku.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.kaiku.platform.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real, throw-away PostgreSQL for the test run (there is no Docker here, so no Dev Services). */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = EmbeddedDatabase.withLocale(EmbeddedPostgres.builder())
                        .setServerConfig("max_connections", "300")
                        .start();
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username",
                    "postgres",
                    "quarkus.datasource.password",
                    "",
                    "kaiku.data-dir",
                    Files.createTempDirectory("kaiku-test-data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        // The database is shared by every test class of the run and stops with the JVM.
    }

    public static String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
