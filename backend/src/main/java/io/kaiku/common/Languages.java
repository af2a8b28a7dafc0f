package io.kaiku.common;

import java.util.List;
import java.util.Locale;

/**
 * The languages Kaiku speaks: its screens, its messages to customers and its collations. Adding a
 * language means adding it here and its folder of SPA translations (see docs/i18n.md).
 */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "fi", "ja", "hu", "lv");
    public static final String DEFAULT = "en";

    private Languages() {}

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /**
     * The first supported language of an {@code Accept-Language} header, by the client's weights;
     * {@link #DEFAULT} when none is (or there is no header, or it cannot be read).
     */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (isSupported(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
