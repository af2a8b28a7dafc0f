package io.kaiku.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database `make run` uses: durable, and its data survives a restart. */
class EmbeddedDatabaseTest {

    @Test
    void commitsAreDurableAndDataSurvivesARestart() throws Exception {
        Path root = Files.createTempDirectory("kaiku-embedded");
        Path dataDirectory = root.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, root.resolve("keys"), 0)) {
            assertEquals("on", show(database, "synchronous_commit"));
            assertEquals("on", show(database, "fsync"));
            assertEquals("on", show(database, "full_page_writes"));
            execute(database, "create table kept (value text)");
            execute(database, "insert into kept values ('still here')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, root.resolve("keys"), 0)) {
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
        try (EmbeddedDatabase database =
                EmbeddedDatabase.start(dataDirectory, dataDirectory.resolveSibling("keys"), 0)) {
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
        Path root = Files.createTempDirectory("kaiku-orphan");
        Path dataDirectory = root.resolve("postgres");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabase.class.getName(),
                        root.toString())
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

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, root.resolve("keys"), 0)) {
            assertEquals("on", show(database, "synchronous_commit"));
        }
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the orphaned server was stopped");
    }

    @Test
    void everyConnectionNeedsAPasswordAndKaikuIsNoSuperuser() throws Exception {
        Path root = Files.createTempDirectory("kaiku-passwords");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(root.resolve("postgres"), root.resolve("keys"), 0)) {
            String superuserUrl = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
            // The driver refuses to even try without a password, because the server asks for SCRAM.
            assertThrows(SQLException.class, () -> DriverManager.getConnection(superuserUrl, "postgres", ""));
            SQLException refused = assertThrows(
                    SQLException.class, () -> DriverManager.getConnection(superuserUrl, "postgres", "postgres"));
            assertEquals("28P01", refused.getSQLState(), refused.getMessage());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(database.jdbcUrl(), "kaiku", "guess"));
            assertFalse(EmbeddedDatabase.trusts(Files.readAllLines(root.resolve("postgres/pg_hba.conf"))));

            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                assertEquals(
                        "false", single(statement, "select rolsuper::text from pg_roles where rolname = current_user"));
                assertEquals(
                        "kaiku",
                        single(
                                statement,
                                "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"));
                // pg_trgm is a trusted extension: the database's owner may create it.
                statement.execute("create extension if not exists pg_trgm");
                assertThrows(SQLException.class, () -> statement.executeQuery("select * from pg_authid"));
                assertThrows(SQLException.class, () -> statement.execute("copy (select 1) to program 'true'"));
            }
            try (Connection superuser = database.superuser("template1");
                    Statement statement = superuser.createStatement()) {
                assertEquals(
                        "scram-sha-256",
                        single(statement, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"));
                assertEquals(
                        "SCRAM-SHA-256",
                        single(
                                statement,
                                "select split_part(rolpassword, '$', 1) from pg_authid where rolname = 'kaiku'"));
            }
        }
        Path passwords = root.resolve("keys").resolve(DatabaseCredentials.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)));
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsConvertedOnItsNextStart() throws Exception {
        Path root = Files.createTempDirectory("kaiku-upgrade");
        Path dataDirectory = root.resolve("postgres");
        // As earlier versions started it: initdb with trust, Kaiku's tables in the postgres database.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = earlier.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create table databasechangelog (id text)");
            statement.execute("create sequence kept_seq increment by 50");
            statement.execute("create table kept (id bigint primary key default nextval('kept_seq'), value text)");
            statement.execute("create index kept_value_trgm on kept using gin (value gin_trgm_ops)");
            statement.execute("create function kept_guard() returns trigger language plpgsql as "
                    + "$$ begin new.value := trim(new.value); return new; end $$");
            statement.execute(
                    "create trigger kept_guard before insert on kept for each row execute function kept_guard()");
            statement.execute("insert into kept (value) values (' from before ')");
        }
        assertTrue(EmbeddedDatabase.trusts(Files.readAllLines(dataDirectory.resolve("pg_hba.conf"))));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, root.resolve("keys"), 0)) {
            assertFalse(EmbeddedDatabase.trusts(Files.readAllLines(dataDirectory.resolve("pg_hba.conf"))));
            String superuserUrl = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
            assertThrows(SQLException.class, () -> DriverManager.getConnection(superuserUrl, "postgres", ""));
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                assertEquals("from before", single(statement, "select value from kept"));
                // Kaiku owns what it created before: it can write, change the schema and use the trigger.
                statement.execute("insert into kept (value) values (' after ')");
                assertEquals("after", single(statement, "select value from kept where id > 1"));
                statement.execute("alter table kept add column note text");
                statement.execute("create or replace function kept_guard() returns trigger language plpgsql as "
                        + "$$ begin return new; end $$");
                assertEquals(
                        "0",
                        single(
                                statement,
                                "select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                                        + " and relkind in ('r', 'S', 'i') and relowner <> 'kaiku'::regrole"));
            }
            try (Connection superuser = database.superuser("postgres")) {
                assertTrue(superuser.isValid(1), "a fresh maintenance database exists");
            }
        }
        // And the converted directory starts like any other.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, root.resolve("keys"), 0);
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertEquals("2", single(statement, "select count(*) from kept"));
        }
    }

    /** Runs in a separate JVM that the test kills with SIGKILL. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[0]);
            EmbeddedDatabase.start(root.resolve("postgres"), root.resolve("keys"), 0);
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
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
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
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
