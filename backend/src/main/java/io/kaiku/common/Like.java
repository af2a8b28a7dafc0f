package io.kaiku.common;

/**
 * "Contains" patterns for LIKE: the user's text matches literally (its % and _ are escaped), and
 * lower-casing happens in the database on both sides ({@code lower(column) like lower(:pattern)}),
 * so it follows the database's rules for every alphabet rather than the JVM's default locale.
 */
public final class Like {
    private Like() {}

    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
