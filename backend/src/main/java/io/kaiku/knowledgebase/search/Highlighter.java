package io.kaiku.knowledgebase.search;

import java.util.List;
import java.util.Set;

/** Cuts a snippet around the first matching words and marks every match in it with {@code <mark>}. */
final class Highlighter {
    private static final int ANALYSED_CHARS = 6000;

    private Highlighter() {}

    static String mark(List<TextAnalysis.Token> tokens, String text, Set<String> terms, Set<String> prefixes) {
        return render(text, 0, text.length(), tokens, terms, prefixes);
    }

    static String snippet(
            TextAnalysis analysis, String language, String text, Set<String> terms, Set<String> prefixes, int length) {
        String head = text.length() > ANALYSED_CHARS ? text.substring(0, ANALYSED_CHARS) : text;
        List<TextAnalysis.Token> tokens = analysis.tokens(language, head);
        int first = -1;
        for (TextAnalysis.Token token : tokens) {
            if (matches(token.term(), terms, prefixes)) {
                first = token.start();
                break;
            }
        }
        int start = 0;
        if (first > length / 3) {
            start = wordStart(text, first - length / 3);
        }
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start + length / 2) {
                end = space;
            }
        }
        String body = render(text, start, end, tokens, terms, prefixes);
        return (start > 0 ? "… " : "") + body + (end < text.length() ? " …" : "");
    }

    private static int wordStart(String text, int at) {
        int space = text.indexOf(' ', Math.max(0, at));
        return space < 0 || space - at > 20 ? Math.max(0, at) : space + 1;
    }

    private static String render(
            String text, int start, int end, List<TextAnalysis.Token> tokens, Set<String> terms, Set<String> prefixes) {
        StringBuilder html = new StringBuilder();
        int at = start;
        for (TextAnalysis.Token token : tokens) {
            if (token.start() < at || token.end() > end || !matches(token.term(), terms, prefixes)) {
                continue;
            }
            escape(html, text, at, token.start());
            html.append("<mark>");
            escape(html, text, token.start(), token.end());
            html.append("</mark>");
            at = token.end();
        }
        escape(html, text, at, end);
        return html.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean matches(String term, Set<String> terms, Set<String> prefixes) {
        if (terms.contains(term)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (term.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }
}
