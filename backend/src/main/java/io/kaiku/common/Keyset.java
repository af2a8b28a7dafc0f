package io.kaiku.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging, the same for every list: a page is fetched with one row more than asked, and the
 * cursor is the sort key of the last row returned, as the database computed it (never re-derived in
 * Java, where lower-casing or collation could disagree with the query). Cursors name their sort, so
 * one from another ordering is refused. Keyset (not offset) paging keeps pages stable while rows are
 * inserted.
 */
public final class Keyset {
    private Keyset() {}

    /** The sort key a page continues after. */
    public record Position(List<String> values) {
        public String text(int index) {
            return values.get(index);
        }

        public long number(int index) {
            try {
                return Long.parseLong(values.get(index));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        public Instant instant(int index) {
            long micros = number(index);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
    }

    public record Page<T>(List<T> items, String nextCursor) {}

    /** The position a cursor of this sort stands for; null for the first page. */
    public static Position after(String cursor, String sort, int keyParts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        List<String> values = Cursor.decode(cursor, keyParts + 1);
        if (!values.get(0).equals(sort)) {
            throw new InvalidRequestException(
                    "cursor", "invalid", "The cursor belongs to a list with another sort order.");
        }
        return new Position(List.copyOf(values.subList(1, values.size())));
    }

    /** A cursor for the row with this sort key: instants as microseconds, everything else as text. */
    public static String cursor(String sort, Object... key) {
        List<String> values = new ArrayList<>(key.length + 1);
        values.add(sort);
        for (Object part : key) {
            values.add(part instanceof Instant instant ? Long.toString(micros(instant)) : String.valueOf(part));
        }
        return Cursor.encode(values);
    }

    /** The first {@code limit} rows, and a cursor when {@code fetched} holds the extra row that proves more exist. */
    public static <T, V> Page<V> page(List<T> fetched, int limit, Function<T, String> cursorOf, Function<T, V> view) {
        boolean more = fetched.size() > limit;
        List<T> rows = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)) : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("cursor", "invalid", "The cursor is not one this list handed out.");
    }
}
