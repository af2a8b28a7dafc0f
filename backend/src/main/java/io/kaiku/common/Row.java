package io.kaiku.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Tuple;

/**
 * One row of a native query, read by column alias. Read models are filled from these by name, so
 * adding or reordering a column in a query cannot silently shift values into the wrong field.
 */
public final class Row {
    private final Tuple tuple;

    public Row(Tuple tuple) {
        this.tuple = tuple;
    }

    public Object get(String alias) {
        return tuple.get(alias);
    }

    public long getLong(String alias) {
        return SqlValues.toPrimitiveLong(require(alias));
    }

    public Long getNullableLong(String alias) {
        return SqlValues.toLong(tuple.get(alias));
    }

    public int getInt(String alias) {
        return ((Number) require(alias)).intValue();
    }

    public String getString(String alias) {
        return SqlValues.toText(tuple.get(alias));
    }

    public boolean getBoolean(String alias) {
        return SqlValues.toBoolean(tuple.get(alias));
    }

    public Instant getInstant(String alias) {
        return SqlValues.toInstant(tuple.get(alias));
    }

    public LocalDate getDate(String alias) {
        return SqlValues.toDate(tuple.get(alias));
    }

    public BigDecimal getDecimal(String alias) {
        return SqlValues.toDecimal(tuple.get(alias));
    }

    public List<String> getTextList(String alias) {
        return SqlValues.toTextList(tuple.get(alias));
    }

    public <E extends Enum<E>> E getEnum(String alias, Class<E> type) {
        String value = getString(alias);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** An actor stored as {@code <prefix>_type}, {@code <prefix>_id}, {@code <prefix>_label}. */
    public Actor getActor(String prefix) {
        return new Actor(
                getEnum(prefix + "_type", ActorType.class),
                getNullableLong(prefix + "_id"),
                getString(prefix + "_label"));
    }

    private Object require(String alias) {
        Object value = tuple.get(alias);
        if (value == null) {
            throw new IllegalStateException("Column " + alias + " is null");
        }
        return value;
    }
}
