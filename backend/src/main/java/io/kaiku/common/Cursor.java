package io.kaiku.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort values of the last row a page ended on. Keyset (not offset)
 * paging is what keeps pages stable while rows are inserted.
 */
public final class Cursor {
    private static final String SEPARATOR = "\u001f";

    private Cursor() {}

    public static String encode(List<String> values) {
        String joined = String.join(SEPARATOR, values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into exactly {@code parts} values, or fails with a 400 naming `cursor`. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(SEPARATOR, -1));
            if (values.size() != parts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "invalid", "The cursor is not one this list handed out.");
        }
    }

    public static long decodeLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("cursor", "invalid", "The cursor is not one this list handed out.");
        }
    }
}
