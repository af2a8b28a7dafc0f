package io.kaiku.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL whose binaries come from Maven Central, with its data in Kaiku's data
 * directory. Commits are durable (fsync and synchronous_commit on): the library's defaults trade
 * that for speed, which suits throw-away test databases but not a help desk's records.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (initialising on first use) the database kept in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        EmbeddedPostgres.Builder builder = withLocale(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                // PostgreSQL's stock 128 MB cache is small for a million tickets' indexes, and fewer
                // checkpoints mean fewer full-page images in the WAL under a steady stream of tickets.
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
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

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
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
