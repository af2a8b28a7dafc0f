package io.kaiku.platform;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Kaiku. Unless an external database is configured ({@code KAIKU_DB_URL}), an embedded
 * PostgreSQL is started first, with its data under {@code KAIKU_DATA_DIR} (default {@code ./data}).
 */
@QuarkusMain
public class KaikuMain {

    public static void main(String... args) throws Exception {
        String externalUrl = setting("KAIKU_DB_URL", "kaiku.db.url");
        if (externalUrl == null || externalUrl.isBlank()) {
            Path dataDirectory =
                    Path.of(setting("KAIKU_DATA_DIR", "kaiku.data-dir", "data")).toAbsolutePath();
            int port = Integer.parseInt(setting("KAIKU_EMBEDDED_DB_PORT", "kaiku.embedded-db.port", "0"));
            EmbeddedDatabase database =
                    EmbeddedDatabase.start(dataDirectory.resolve("postgres"), dataDirectory.resolve("keys"), port);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    database.close();
                                } catch (Exception e) {
                                    // The JVM is going away; PostgreSQL's own shutdown handling takes over.
                                }
                            },
                            "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
            System.setProperty("kaiku.data-dir", dataDirectory.toString());
        }
        Quarkus.run(args);
    }

    private static String setting(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        return value != null ? value : System.getenv(environmentName);
    }

    private static String setting(String environmentName, String propertyName, String fallback) {
        String value = setting(environmentName, propertyName);
        return value == null || value.isBlank() ? fallback : value;
    }
}
