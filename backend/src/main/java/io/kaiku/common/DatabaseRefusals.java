package io.kaiku.common;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads what PostgreSQL refused and says what it was: a duplicate or a reference still in use is a
 * conflict (409), a missing value, a broken check, an unknown reference or a value the column
 * cannot hold is the request's fault (400 or 422, with the field where the database names it).
 * Anything else is not the caller's fault and stays a 500.
 */
final class DatabaseRefusals {
    private DatabaseRefusals() {}

    /** A failure caused by the request's data, or null when the database failed for another reason. */
    static Refusal classify(Throwable failure) {
        SQLException sql = find(failure);
        if (sql == null || sql.getSQLState() == null) {
            return null;
        }
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String state = sql.getSQLState();
        String field = field(server);
        return switch (state) {
            case "23505", "23P01" ->
                new Refusal(
                        409,
                        "Conflict",
                        "conflict.duplicate",
                        "A record with the same unique value already exists.",
                        null,
                        null);
            case "23503" -> referenced(sql, field);
            case "23502" ->
                new Refusal(
                        400, "Invalid request", "validation.failed", "A required value is missing.", field, "required");
            case "23514" ->
                new Refusal(
                        422,
                        "Unprocessable request",
                        "validation.rule",
                        "The values break a rule of the record"
                                + (server != null && server.getConstraint() != null
                                        ? " (" + server.getConstraint() + ")."
                                        : "."),
                        field,
                        "rule");
            case "22001" ->
                new Refusal(400, "Invalid request", "validation.failed", "A value is too long.", field, "size");
            case "22P05", "22021" ->
                new Refusal(
                        400, "Invalid request", "validation.failed", StorableText.MESSAGE, field, StorableText.CODE);
            case "22003", "22007", "22008", "22P02" ->
                new Refusal(
                        400,
                        "Invalid request",
                        "validation.failed",
                        "A value is out of range or malformed.",
                        field,
                        "invalid");
            default -> null;
        };
    }

    private static Refusal referenced(SQLException sql, String field) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        if (message.contains("still referenced")) {
            return new Refusal(
                    409, "Conflict", "conflict.referenced", "This is still referenced by other records.", null, null);
        }
        return new Refusal(
                422,
                "Unprocessable request",
                "validation.reference",
                "A referenced record does not exist.",
                field,
                "not-found");
    }

    /** The column the database names, as the JSON field (snake_case to camelCase). */
    private static String field(ServerErrorMessage server) {
        if (server == null) {
            return null;
        }
        String column = server.getColumn();
        if (column == null && server.getConstraint() != null && server.getTable() != null) {
            // PostgreSQL names a column's own constraints table_column_check / table_column_fkey.
            String constraint = server.getConstraint();
            String prefix = server.getTable() + "_";
            for (String suffix : List.of("_check", "_fkey")) {
                if (constraint.startsWith(prefix) && constraint.endsWith(suffix)) {
                    column = constraint.substring(prefix.length(), constraint.length() - suffix.length());
                }
            }
        }
        return column == null ? null : camelCase(column);
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static SQLException find(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
                if (sql instanceof PSQLException) {
                    return sql;
                }
                if (sql.getNextException() instanceof PSQLException next) {
                    return next;
                }
            }
        }
        return found;
    }

    record Refusal(int status, String title, String code, String detail, String field, String rule) {
        List<FieldError> errors() {
            return field == null ? List.of() : List.of(new FieldError(field, rule, detail));
        }
    }
}
