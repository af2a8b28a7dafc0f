package io.kaiku.knowledgebase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes a customer's personal data out of ticket text before it becomes an article: the names,
 * email, phone and address on record wherever they appear, any other email address or phone
 * number, and greeting and sign-off lines, which carry names in every language.
 */
@ApplicationScoped
public class PersonalDataRedactor {
    public static final String NAME = "[name]";
    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String ADDRESS = "[address]";

    private static final Pattern EMAILS =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    /** International or local numbers of 7+ digits, with the usual separators. */
    private static final Pattern PHONES =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ()./-]{5,}\\d(?![\\p{N}])");
    /** Street addresses: a street word with a house number, in the help desk's languages. */
    private static final Pattern STREETS = Pattern.compile(
            "(?iu)\\b[\\p{L}.-]*(?:katu|tie|kuja|polku|väylä|street|st\\.|road|rd\\.|avenue|lane|utca|út|tér|iela|gatve)"
                    + "\\s+\\d+[\\p{L}]?(?:\\s*[A-Z]?\\s*\\d*)?");

    private static final Pattern POSTAL_CITY = Pattern.compile("(?u)\\b(?:FI-|LV-|H-)?\\d{4,5}\\s+\\p{Lu}[\\p{L}-]+");
    /** A line that greets someone or signs off, in English, Finnish, Hungarian, Latvian and Japanese. */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?imu)^\\s*(?:hi|hello|dear|hey|hei|moi|terve|hyvä|kedves|tisztelt|szia|labdien|sveiki|cienījam\\p{L}*)\\b[^\\n]{0,60}$");

    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?imu)^\\s*(?:best regards|kind regards|regards|thanks|thank you|cheers|ystävällisin terveisin|terveisin|"
                    + "kiitos|üdvözlettel|tisztelettel|köszönettel|ar cieņu|paldies|以上|よろしくお願い)[^\\n]*(?:\\n[^\\n]{0,60}){0,2}$");
    private static final Pattern HONORIFIC =
            Pattern.compile("(?u)[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]{1,8}(様|さん|殿)");

    /** The known personal data of one customer (and the staff who answered them). */
    public record Known(List<String> names, String email, String phone, List<String> addressParts) {}

    public record Result(String text, int names, int emails, int phones, int addresses) {}

    public Result redact(String text, Known known) {
        Counter counter = new Counter();
        String result = text == null ? "" : text;
        result = replaceMatches(SIGN_OFF, result, "", counter, 0);
        result = replaceMatches(SALUTATION, result, "", counter, 0);
        result = replaceMatches(EMAILS, result, EMAIL, counter, 1);
        if (known.email() != null && !known.email().isBlank()) {
            result = replaceLiteral(result, known.email(), EMAIL, counter, 1);
        }
        result = replaceMatches(STREETS, result, ADDRESS, counter, 3);
        result = replaceMatches(POSTAL_CITY, result, ADDRESS, counter, 3);
        for (String part : known.addressParts()) {
            if (part != null && part.strip().length() >= 3) {
                result = replaceLiteral(result, part.strip(), ADDRESS, counter, 3);
            }
        }
        result = replaceMatches(PHONES, result, PHONE, counter, 2);
        if (known.phone() != null && !known.phone().isBlank()) {
            result = replaceLiteral(result, known.phone(), PHONE, counter, 2);
        }
        result = replaceMatches(HONORIFIC, result, NAME + "$1", counter, 0);
        for (String name : namesAndParts(known.names())) {
            result = replaceWord(result, name, counter);
        }
        result = result.replaceAll("[ \\t]{2,}", " ")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return new Result(result, counter.names, counter.emails, counter.phones, counter.addresses);
    }

    private static final class Counter {
        int names;
        int emails;
        int phones;
        int addresses;

        void add(int kind) {
            switch (kind) {
                case 0 -> names++;
                case 1 -> emails++;
                case 2 -> phones++;
                default -> addresses++;
            }
        }
    }

    private static String replaceMatches(Pattern pattern, String text, String replacement, Counter counter, int kind) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            counter.add(kind);
            matcher.appendReplacement(
                    out, replacement.contains("$1") ? replacement : Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replaceLiteral(String text, String value, String replacement, Counter counter, int kind) {
        return replaceMatches(
                Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                text,
                replacement,
                counter,
                kind);
    }

    /** A name or any part of it as a whole word, with the endings inflection adds (Aino → Ainon, Ainolle). */
    private static String replaceWord(String text, String name, Counter counter) {
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(name) + "(?:\\p{Ll}{0,5})(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return replaceMatches(pattern, text, NAME, counter, 0);
    }

    private static List<String> namesAndParts(Collection<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            result.add(name.strip());
            for (String part : name.strip().split("\\s+")) {
                if (part.length() >= 3 && !result.contains(part)) {
                    result.add(part);
                }
            }
        }
        // Whole names before their parts, so "Aino Virtanen" becomes one [name], not two.
        result.sort(Comparator.comparingInt(String::length).reversed());
        return result.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
