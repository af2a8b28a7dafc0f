package io.kaiku.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/**
 * What the database itself spent on a measurement, from {@code pg_stat_statements}: set beside the
 * HTTP latencies it shows how much of a request is PostgreSQL and how much is Kaiku, a ratio that
 * holds across machines. Only Kaiku's statements count, not this superuser connection's.
 */
final class StatementStatistics {
    private final Connection superuser;

    StatementStatistics(Connection superuser) throws SQLException {
        this.superuser = superuser;
        try (Statement sql = superuser.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
        }
    }

    /** Loads the module at the database's next start; a no-op once it is loaded. */
    static void enable(Connection superuser) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
            sql.execute("alter system set pg_stat_statements.track_utility = on");
        }
    }

    Measurement during(Callable<Load.Result> run) throws Exception {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("select pg_stat_statements_reset()");
        }
        Load.Result result = run.call();
        try (Statement sql = superuser.createStatement();
                ResultSet totals = sql.executeQuery("""
                        select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0)
                          from pg_stat_statements
                         where dbid = (select oid from pg_database where datname = current_database())
                           and userid <> (select oid from pg_roles where rolname = current_user)
                        """)) {
            totals.next();
            double requests = Math.max(1, result.requests() + result.errors());
            return new Measurement(result, totals.getDouble(2) / requests, totals.getLong(1) / requests);
        }
    }
}
