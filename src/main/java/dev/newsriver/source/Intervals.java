package dev.newsriver.source;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short interval notation of {@code sources.yml} ({@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}). Stateless. */
final class Intervals {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private Intervals() {
    }

    /** The duration {@code text} names; ISO-8601 ({@code PT15M}) is accepted too. */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an interval (use e.g. 90s, 15m, 2h, 1d)");
        }
    }
}
