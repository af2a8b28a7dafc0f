package io.kaiku.knowledgebase;

import java.util.Collection;

/** Literal forms of lexemes for tsvector, tsquery and text[] input: taken as they are, no parsing involved. */
final class KnowledgeTerms {
    private KnowledgeTerms() {}

    static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String textArray(Collection<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }
}
