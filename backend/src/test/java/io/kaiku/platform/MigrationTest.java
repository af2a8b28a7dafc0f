package io.kaiku.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.kaiku.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The test database started empty; Liquibase built it and Hibernate validated every mapping. */
@QuarkusTest
class MigrationTest {

    @Test
    void everyChangeSetRanOnTheEmptyDatabase() throws Exception {
        java.util.Set<String> written = new java.util.TreeSet<>();
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/changelog"))) {
            for (java.nio.file.Path file : files.filter(
                            p -> p.getFileName().toString().matches("\\d{4}-.*\\.yaml"))
                    .toList()) {
                for (var entry : yaml.readTree(file.toFile()).path("databaseChangeLog")) {
                    if (entry.has("changeSet")) {
                        written.add(entry.path("changeSet").path("id").asText());
                    }
                }
            }
        }
        java.util.Set<String> ran = new java.util.TreeSet<>();
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from databasechangelog")) {
            while (rows.next()) {
                ran.add(rows.getString(1));
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(written.size() > 15, "the changelog files were read: " + written);
        assertEquals(written, ran);
    }

    @Test
    void theActionsTakenLogIsAppendOnly() throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            assertThrows(
                    java.sql.SQLException.class, () -> statement.executeUpdate("update ticket_event set type = type"));
            assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate("delete from ticket_event"));
        }
    }
}
