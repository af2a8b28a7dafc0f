package io.kaiku.common;

/** Optimistic locking over HTTP: the version travels as a strong ETag, {@code "7"}. */
public final class IfMatch {
    private IfMatch() {}

    public static Long parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "If-Match", "invalid", "If-Match must be the version from the ETag, like \"3\".");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
