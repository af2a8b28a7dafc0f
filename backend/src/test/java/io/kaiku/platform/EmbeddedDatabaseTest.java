package io.kaiku.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database `make run` uses: durable, and its data survives a restart. */
class EmbeddedDatabaseTest {

    @Test
    void commitsAreDurableAndDataSurvivesARestart() throws Exception {
        Path dataDirectory = Files.createTempDirectory("kaiku-embedded").resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertEquals("on", show(database, "synchronous_commit"));
            assertEquals("on", show(database, "fsync"));
            assertEquals("on", show(database, "full_page_writes"));
            execute(database, "create table kept (value text)");
            execute(database, "insert into kept values ('still here')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select value from kept")) {
                assertTrue(rows.next());
                assertEquals("still here", rows.getString(1));
            }
        }
    }

    @Test
    void aNewClusterHandlesEveryScriptWhateverTheMachinesLocale() throws Exception {
        Path dataDirectory = Files.createTempDirectory("kaiku-locale").resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            execute(database, "create extension if not exists pg_trgm");
            assertEquals("ōta őrs jānis hämäläinen", query(database, "select lower('ŌTA ŐRS JĀNIS HÄMÄLÄINEN')"));
            // Letters of every script are word characters: a name is not cut at its ä.
            assertEquals(
                    "kept",
                    query(
                            database,
                            "select case when show_trgm('Hämäläinen') @> array['  m'] then 'cut' else 'kept' end"));
            assertEquals("5", query(database, "select cardinality(show_trgm('太田花子'))"));
            assertEquals("icu", query(database, "select 'icu' from pg_collation where collname = 'fi-x-icu'"));
        }
    }

    @Test
    void aServerLeftBehindByAKilledJvmIsStoppedBeforeStarting() throws Exception {
        Path dataDirectory = Files.createTempDirectory("kaiku-orphan").resolve("postgres");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabase.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()));
        String line;
        while ((line = output.readLine()) != null && !line.equals("READY")) {
            // Wait until the other JVM's database accepts connections.
        }
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        jvm.destroyForcibly().waitFor();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "postgres outlives a killed JVM");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertEquals("on", show(database, "synchronous_commit"));
        }
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the orphaned server was stopped");
    }

    /** Runs in a separate JVM that the test kills with SIGKILL. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase.start(Path.of(args[0]), 0);
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static String show(EmbeddedDatabase database, String setting) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }
}
