package io.kaiku.common;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Converts the values of native-query rows, whose Java types depend on the driver. */
public final class SqlValues {
    private SqlValues() {}

    public static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static long toPrimitiveLong(Object value) {
        return ((Number) value).longValue();
    }

    public static String toText(Object value) {
        return value == null ? null : value.toString();
    }

    public static boolean toBoolean(Object value) {
        return value != null && (Boolean) value;
    }

    public static BigDecimal toDecimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    public static List<String> toTextList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(Object::toString).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).toList();
        }
        if (value instanceof Array array) {
            try {
                return toTextList(array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("Not an array: " + value.getClass());
    }
}
