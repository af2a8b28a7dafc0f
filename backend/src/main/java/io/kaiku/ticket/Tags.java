package io.kaiku.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.kaiku.common.InvalidRequestException;

/** Tags are short lower-case labels; spaces become dashes, duplicates go. */
final class Tags {
    private Tags() {}

    static List<String> normalise(Collection<String> tags, String field) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(normalise(tag, field));
        }
        return new ArrayList<>(result);
    }

    static String normalise(String tag, String field) {
        String normalised = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (normalised.isEmpty() || normalised.length() > 50 || !normalised.matches("[\\p{L}\\p{N}_.:/-]+")) {
            throw new InvalidRequestException(
                    field, "invalid", "Tags are 1 to 50 letters, digits or the marks - _ . : / (got '" + tag + "').");
        }
        return normalised;
    }
}
