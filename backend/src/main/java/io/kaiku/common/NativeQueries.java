package io.kaiku.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/** Runs a native query and hands each row to a mapper by column alias. */
public final class NativeQueries {
    private NativeQueries() {}

    public static <T> List<T> list(EntityManager em, String sql, Map<String, ?> parameters, Function<Row, T> mapper) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(Row::new).map(mapper).toList();
    }

    public static <T> java.util.Optional<T> first(
            EntityManager em, String sql, Map<String, ?> parameters, Function<Row, T> mapper) {
        return list(em, sql, parameters, mapper).stream().findFirst();
    }
}
