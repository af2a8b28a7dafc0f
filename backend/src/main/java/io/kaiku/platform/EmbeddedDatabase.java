package io.kaiku.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL whose binaries come from Maven Central, with its data in Kaiku's data
 * directory.
 *
 * <p>Every connection needs a password (SCRAM-SHA-256, also over the local socket): the superuser's
 * and the application role's passwords are generated on first use into the keys directory, which
 * only Kaiku's own OS user can read. Kaiku connects as {@value #APP_ROLE}, a role without
 * superuser rights that owns the {@value #APP_DATABASE} database and everything in it. Data
 * directories of earlier versions (initialised with {@code trust}, Kaiku connected as
 * {@code postgres} to the {@code postgres} database) are converted on their next start.
 *
 * <p>Commits are durable: fsync, full_page_writes and synchronous_commit are set on the server's
 * command line and checked on the running server, since the embedded library's own defaults trade
 * durability for speed (its {@code -F} switches fsync off; only a later {@code -c fsync=on} turns it
 * back on).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String APP_ROLE = "kaiku";
    public static final String APP_DATABASE = "kaiku";
    static final String SUPERUSER = "postgres";
    static final Map<String, String> DURABILITY =
            Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on");

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String HBA = """
            # Written by Kaiku: every connection needs a password (SCRAM-SHA-256), even on this host.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /**
     * Starts (initialising on first use) the database kept in {@code dataDirectory}, with its
     * passwords in {@code keysDirectory}.
     */
    public static EmbeddedDatabase start(Path dataDirectory, Path keysDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(keysDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        Path passwordFile = null;
        EmbeddedPostgres.Builder builder = withLocale(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                // PostgreSQL's stock 128 MB cache is small for a million tickets' indexes, and fewer
                // checkpoints mean fewer full-page images in the WAL under a steady stream of tickets.
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                // The library checks that the server is up by connecting as the superuser: with a
                // password, and to template1, which exists at every step of an upgrade.
                .setConnectConfig("password", credentials.superuserPassword())
                .setConnectConfig("PGDBNAME", "template1")
                .setPGStartupWait(Duration.ofSeconds(60));
        DURABILITY.forEach(builder::setServerConfig);
        if (fresh) {
            // initdb's later --auth wins over the library's "-A trust": no moment without passwords.
            passwordFile = writePrivate(keysDirectory, credentials.superuserPassword());
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres started;
        try {
            started = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(started, credentials);
        try {
            database.secure(dataDirectory);
            database.checkDurability();
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IOException("Could not prepare the embedded PostgreSQL in " + dataDirectory, e);
        }
        LOG.infof("Embedded PostgreSQL is running on port %d with data in %s", database.port(), dataDirectory);
        return database;
    }

    /**
     * A new cluster's locale, whatever the machine's: initdb otherwise takes it from the
     * environment, and with no LANG set that is "C", where lower() leaves Ő, Ā and Ä alone (so
     * "őrs" never finds "Őrs") and pg_trgm cuts "Hämäläinen" into ASCII pieces. PostgreSQL's
     * built-in C.UTF-8 locale lower-cases all of Unicode in code-point order and a UTF-8 ctype
     * makes letters of every script word characters; language-specific sorting uses ICU
     * collations (changelog 0056). Only a fresh data directory is initialised with this.
     */
    public static EmbeddedPostgres.Builder withLocale(EmbeddedPostgres.Builder builder) {
        return builder.setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("lc-ctype", "C.UTF-8")
                .setLocaleConfig("lc-collate", "C.UTF-8");
    }

    /** The application's connection: the non-superuser role in its own database. */
    public String jdbcUrl() {
        return url(APP_DATABASE);
    }

    public String username() {
        return APP_ROLE;
    }

    public String password() {
        return credentials.appPassword();
    }

    public int port() {
        return postgres.getPort();
    }

    /** A superuser connection, for maintenance and tests. */
    Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), SUPERUSER, credentials.superuserPassword());
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Brings the server to the wanted state, step by step so that an interrupted run resumes on the
     * next start: the superuser has its password, the application role and its database exist and
     * the role owns what is in it, and pg_hba.conf asks everyone for a password.
     */
    private void secure(Path dataDirectory) throws SQLException, IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        boolean trusting = trusts(Files.readAllLines(hba));
        try (Connection admin = superuser("template1");
                Statement sql = admin.createStatement()) {
            sql.execute("alter role " + SUPERUSER + " password " + literal(credentials.superuserPassword()));
            if (!exists(sql, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                sql.execute("create role " + APP_ROLE + " login");
            }
            sql.execute("alter role " + APP_ROLE + " nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " login password " + literal(credentials.appPassword()));
            if (!exists(sql, "select 1 from pg_database where datname = '" + APP_DATABASE + "'")) {
                if (holdsLegacyData()) {
                    // Earlier versions kept Kaiku's tables in the maintenance database: move them over
                    // by renaming it, and give PostgreSQL a fresh maintenance database.
                    LOG.infof("Moving Kaiku's tables from the postgres database to the %s database", APP_DATABASE);
                    sql.execute("alter database postgres rename to " + APP_DATABASE);
                } else {
                    sql.execute("create database " + APP_DATABASE + " owner " + APP_ROLE + " encoding 'UTF8'");
                }
            }
            if (!exists(sql, "select 1 from pg_database where datname = 'postgres'")) {
                sql.execute("create database postgres");
            }
            sql.execute("alter database " + APP_DATABASE + " owner to " + APP_ROLE);
        }
        try (Connection admin = superuser(APP_DATABASE);
                Statement sql = admin.createStatement()) {
            sql.execute(HAND_OVER_OBJECTS);
        }
        if (trusting) {
            LOG.info("Switching the embedded PostgreSQL from trust to password (SCRAM-SHA-256) authentication");
            Path written = Files.createTempFile(dataDirectory, "pg_hba", ".tmp");
            Files.writeString(written, HBA);
            Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Connection admin = superuser("template1");
                    Statement sql = admin.createStatement()) {
                sql.execute("select pg_reload_conf()");
            }
        }
    }

    private boolean holdsLegacyData() throws SQLException {
        try (Connection admin = superuser("postgres");
                Statement sql = admin.createStatement()) {
            return exists(
                    sql, "select 1 from pg_tables where schemaname = 'public' and tablename = 'databasechangelog'");
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState())) {
                return false; // no postgres database at all
            }
            throw e;
        }
    }

    /** Objects an earlier version created as the superuser: tables, views, sequences, functions, types. */
    private static final String HAND_OVER_OBJECTS = """
            do $$
            declare
              item record;
            begin
              for item in
                select c.oid::regclass as name,
                       case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                      when 'm' then 'materialized view' else 'table' end as kind
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relowner <> 'kaiku'::regrole
                  and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                  and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
              loop
                execute format('alter %s %s owner to kaiku', item.kind, item.name);
              end loop;
              for item in
                select p.oid::regprocedure as name
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.proowner <> 'kaiku'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                  and d.objid = p.oid and d.deptype = 'e')
              loop
                execute format('alter routine %s owner to kaiku', item.name);
              end loop;
              for item in
                select t.oid::regtype as name
                from pg_type t join pg_namespace n on n.oid = t.typnamespace
                where n.nspname = 'public' and t.typowner <> 'kaiku'::regrole and t.typtype in ('e', 'd')
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                  and d.objid = t.oid and d.deptype = 'e')
              loop
                execute format('alter type %s owner to kaiku', item.name);
              end loop;
            end
            $$""";

    /** Refuses to run on a server that could lose acknowledged commits. */
    private void checkDurability() throws SQLException {
        try (Connection admin = superuser(APP_DATABASE);
                Statement sql = admin.createStatement()) {
            for (Map.Entry<String, String> setting : DURABILITY.entrySet()) {
                try (ResultSet row = sql.executeQuery("show " + setting.getKey())) {
                    row.next();
                    if (!setting.getValue().equals(row.getString(1))) {
                        throw new IllegalStateException(
                                setting.getKey() + " is " + row.getString(1) + " on the embedded PostgreSQL");
                    }
                }
            }
        }
    }

    static boolean trusts(List<String> hbaLines) {
        return hbaLines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .anyMatch(fields -> List.of(fields).contains("trust"));
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }

    /** Generated passwords are URL-safe Base64, but quote them properly all the same. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static Path writePrivate(Path directory, String content) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(
                directory,
                "initdb",
                ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content + "\n");
        return file;
    }

    /**
     * When the JVM was killed with -9 its PostgreSQL keeps running and holds the data directory;
     * ask that server for a fast shutdown (which rolls back whatever was in flight) before starting.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warnf("A PostgreSQL server (pid %d) from an earlier run still holds %s; stopping it", pid, dataDirectory);
        signal(pid, "INT");
        if (!waitForExit(process.get(), 60)) {
            signal(pid, "QUIT");
            waitForExit(process.get(), 30);
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
