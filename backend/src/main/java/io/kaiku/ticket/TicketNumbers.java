package io.kaiku.ticket;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Human-friendly ticket numbers such as KA-000123. */
public final class TicketNumbers {
    private static final Pattern PATTERN = Pattern.compile("(?i)^\\s*KA-?0*(\\d{1,18})\\s*$");

    private TicketNumbers() {}

    public static String format(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? "KA-" + digits : "KA-" + "000000".substring(digits.length()) + digits;
    }

    public static Optional<Long> parse(String text) {
        Matcher matcher = text == null ? null : PATTERN.matcher(text);
        return matcher != null && matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
