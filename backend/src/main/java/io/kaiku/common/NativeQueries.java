package io.kaiku.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Runs a native query and hands each row to a mapper by column alias. Parameters are written
 * {@code :name}, as in Hibernate's native queries.
 *
 * <p>The statement runs on the session's own connection, in its transaction, but straight through
 * JDBC: Hibernate's native-query path resolves the type of every result column anew on each
 * execution, which cost more CPU than the query itself on the busiest read paths.
 */
public final class NativeQueries {
    private static final Map<String, NamedSql> PARSED = new ConcurrentHashMap<>();

    private NativeQueries() {}

    public static <T> List<T> list(EntityManager em, String sql, Map<String, ?> parameters, Function<Row, T> mapper) {
        NamedSql named = PARSED.computeIfAbsent(sql, NamedSql::parse);
        Session session = em.unwrap(Session.class);
        // Hibernate flushes before its own native queries, so pending changes of this transaction
        // are seen; the same holds here.
        if (session.isJoinedToTransaction() && session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(connection -> run(connection, named, parameters, mapper));
    }

    public static <T> Optional<T> first(
            EntityManager em, String sql, Map<String, ?> parameters, Function<Row, T> mapper) {
        return list(em, sql, parameters, mapper).stream().findFirst();
    }

    private static <T> List<T> run(
            Connection connection, NamedSql named, Map<String, ?> parameters, Function<Row, T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(named.jdbc())) {
            for (int i = 0; i < named.parameters().size(); i++) {
                String name = named.parameters().get(i);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for parameter :" + name);
                }
                statement.setObject(i + 1, jdbcValue(parameters.get(name)));
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData metadata = result.getMetaData();
                int count = metadata.getColumnCount();
                Map<String, Integer> columns = new HashMap<>();
                for (int c = count; c >= 1; c--) {
                    columns.put(metadata.getColumnLabel(c), c - 1); // the first of equal labels wins
                }
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] values = new Object[count];
                    for (int c = 0; c < count; c++) {
                        Object value = result.getObject(c + 1);
                        values[c] = value instanceof Array array ? array.getArray() : value;
                    }
                    rows.add(mapper.apply(new Row(columns, values)));
                }
                return rows;
            }
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?>) {
            throw new IllegalArgumentException("Pass collections as arrays, not lists");
        }
        return value;
    }

    /** SQL with {@code :name} parameters rewritten to JDBC's {@code ?}, and the names in order. */
    record NamedSql(String jdbc, List<String> parameters) {
        static NamedSql parse(String sql) {
            StringBuilder jdbc = new StringBuilder(sql.length());
            List<String> names = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = sql.indexOf(c, i + 1);
                    end = end < 0 ? sql.length() : end + 1;
                    jdbc.append(sql, i, end);
                    i = end;
                } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                    jdbc.append("::");
                    i += 2;
                } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    names.add(sql.substring(i + 1, end));
                    jdbc.append('?');
                    i = end;
                } else if (c == '?') {
                    // A literal question mark (e.g. the jsonb ? operator) must be escaped for JDBC.
                    jdbc.append("??");
                    i++;
                } else {
                    jdbc.append(c);
                    i++;
                }
            }
            return new NamedSql(jdbc.toString(), List.copyOf(names));
        }
    }
}
