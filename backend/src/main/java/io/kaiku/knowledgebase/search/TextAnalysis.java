package io.kaiku.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into search terms per language with Lucene's analyzers: Snowball stemmers for
 * Finnish and Hungarian, Lucene's Latvian stemmer, Porter for English and Kuromoji morphology for
 * Japanese (which has no spaces between words). Documents and queries go through the same chain,
 * so an inflected query word meets the same stem as the article's form of it. Other languages get
 * lower-casing and Unicode word splitting without stemming.
 */
@ApplicationScoped
public class TextAnalysis {
    /** One term of an analysed text: the stem, its position and where it came from in the text. */
    public record Token(String term, int position, int start, int end) {}

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    public List<Token> tokens(String language, String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) {
                position += Math.max(1, increment.getPositionIncrement());
                String value = term.toString();
                if (value.length() <= 100) {
                    tokens.add(new Token(value, position, offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    public List<String> terms(String language, String text) {
        return tokens(language, text).stream().map(Token::term).toList();
    }

    Analyzer analyzer(String language) {
        return analyzers.computeIfAbsent(language, TextAnalysis::create);
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fi" -> new FinnishAnalyzer();
            case "hu" -> new HungarianAnalyzer();
            case "lv" -> new LatvianAnalyzer();
            // Search mode also splits long compounds, so a part of a compound finds the whole.
            case "ja" ->
                new JapaneseAnalyzer(
                        null,
                        org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode.SEARCH,
                        JapaneseAnalyzer.getDefaultStopSet(),
                        JapaneseAnalyzer.getDefaultStopTags());
            default -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
        };
    }

    /**
     * A guess at the language of a text among {@code candidates}: Japanese by its script, others by
     * how many of the words are that language's stop words. Used for tickets, which carry no language.
     */
    public String detect(String text, List<String> candidates, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long kana = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        if (kana > 0 && candidates.contains("ja") && kana * 4 >= text.length() / 4) {
            return "ja";
        }
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        String best = fallback;
        int bestCount = 0;
        for (String language : candidates) {
            CharArraySet stop = stopWords(language);
            if (stop == null) {
                continue;
            }
            int count = 0;
            for (String word : words) {
                if (!word.isEmpty() && stop.contains(word)) {
                    count++;
                }
            }
            count += diacriticHints(language, text);
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fi" -> FinnishAnalyzer.getDefaultStopSet();
            case "hu" -> HungarianAnalyzer.getDefaultStopSet();
            case "lv" -> LatvianAnalyzer.getDefaultStopSet();
            default -> null;
        };
    }

    /** Letters only one of the languages uses tip the balance for short texts. */
    private static int diacriticHints(String language, String text) {
        String letters = switch (language) {
            case "fi" -> "äö";
            case "hu" -> "őűáé";
            case "lv" -> "āēīūčģķļņšž";
            default -> "";
        };
        int hints = 0;
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (letters.indexOf(c) >= 0) {
                hints++;
            }
        }
        return Math.min(hints, 3);
    }
}
