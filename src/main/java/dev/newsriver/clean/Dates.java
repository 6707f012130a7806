package dev.newsriver.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written in text ("24 Apr 2024 00:29", "June 8, 2024", ISO 8601). A date
 * without a zone is read as UTC. Stateless and thread-safe.
 */
final class Dates {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {
    }

    /** The first date in {@code text}, or {@code null} when it holds none. */
    static Instant find(String text) {
        Instant iso = iso(text);
        if (iso != null) {
            return iso;
        }
        Matcher m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return of(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
        }
        m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return of(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6));
        }
        return null;
    }

    /** Parses an ISO 8601 date or date-time as found in metadata; {@code null} when it is not one. */
    static Instant iso(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.find()) {
            return null;
        }
        try {
            if (m.group(2) == null) {
                return LocalDateTime.parse(m.group(1) + "T00:00").toInstant(ZoneOffset.UTC);
            }
            String local = m.group(1) + "T" + m.group(2);
            if (m.group(3) == null) {
                return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
            }
            String zone = m.group(3).length() == 5 ? m.group(3).substring(0, 3) + ":" + m.group(3).substring(3)
                    : m.group(3);
            return OffsetDateTime.parse(local + zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant of(String year, String month, String day, String hour, String minute, String half) {
        int mon = MONTHS.indexOf(month.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
        int h = hour == null ? 0 : Integer.parseInt(hour);
        if (half != null && half.toLowerCase(Locale.ROOT).startsWith("p") && h < 12) {
            h += 12;
        } else if (half != null && half.toLowerCase(Locale.ROOT).startsWith("a") && h == 12) {
            h = 0;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(year), mon, Integer.parseInt(day), h,
                    minute == null ? 0 : Integer.parseInt(minute)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
