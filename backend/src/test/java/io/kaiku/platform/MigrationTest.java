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
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            long files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/changelog"))
                    .filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.yaml"))
                    .count();
            // One changeset per file, plus the seed of the problem areas.
            assertEquals(files + 1, rows.getLong(1));
        }
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
