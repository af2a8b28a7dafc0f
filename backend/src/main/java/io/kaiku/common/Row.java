package io.kaiku.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of a native query, read by column alias. Read models are filled from these by name, so
 * adding or reordering a column in a query cannot silently shift values into the wrong field.
 */
public final class Row {
    private final Map<String, Integer> columns;
    private final Object[] values;

    /** {@code columns} maps each alias to its index in {@code values}; rows of one result share it. */
    public Row(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    public Object get(String alias) {
        Integer index = columns.get(alias);
        if (index == null) {
            throw new IllegalArgumentException("No column " + alias + " in " + columns.keySet());
        }
        return values[index];
    }

    public long getLong(String alias) {
        return SqlValues.toPrimitiveLong(require(alias));
    }

    public Long getNullableLong(String alias) {
        return SqlValues.toLong(get(alias));
    }

    public int getInt(String alias) {
        return ((Number) require(alias)).intValue();
    }

    public String getString(String alias) {
        return SqlValues.toText(get(alias));
    }

    public boolean getBoolean(String alias) {
        return SqlValues.toBoolean(get(alias));
    }

    public Instant getInstant(String alias) {
        return SqlValues.toInstant(get(alias));
    }

    public LocalDate getDate(String alias) {
        return SqlValues.toDate(get(alias));
    }

    public BigDecimal getDecimal(String alias) {
        return SqlValues.toDecimal(get(alias));
    }

    public List<String> getTextList(String alias) {
        return SqlValues.toTextList(get(alias));
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
        Object value = get(alias);
        if (value == null) {
            throw new IllegalStateException("Column " + alias + " is null");
        }
        return value;
    }
}
