package io.kaiku.common;

/**
 * The one rule for text Kaiku receives: PostgreSQL cannot store the NUL character, and a lone
 * UTF-16 surrogate has no UTF-8 form (the driver would silently store "?"). Such text is refused
 * with a 400 naming the field, never stripped: the sender learns what happened, nothing it sent is
 * changed behind its back, and a password or token never matches another by losing characters.
 */
public final class StorableText {
    public static final String CODE = "characters";
    public static final String MESSAGE =
            "Contains a character that cannot be stored: NUL (U+0000) or half of a UTF-16 surrogate pair.";

    private StorableText() {}

    /** The index of the first character that cannot be stored, or -1. */
    public static int firstUnstorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isStorable(CharSequence text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** Refuses the value with a 400 naming {@code field} unless it can be stored. */
    public static void require(String field, CharSequence value) {
        if (!isStorable(value)) {
            throw new InvalidRequestException(field, CODE, MESSAGE);
        }
    }
}
