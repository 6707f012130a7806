package dev.newsriver.source;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of Python's literal syntax for feedparser's expectations: string literals (with
 * {@code u}/{@code r} prefixes, escapes and {@code +} concatenation), and time tuples, which become
 * an {@link java.time.Instant}. Stateless.
 */
final class PythonLiterals {

    private PythonLiterals() {
    }

    /** Splits on top-level {@code and} (outside quotes and brackets). */
    static List<String> splitAnd(String expr) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && expr.startsWith(" and ", i)) {
                parts.add(expr.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(expr.substring(start));
        return parts;
    }

    /** A string (possibly concatenated), a time tuple as an Instant, or {@code null} when it is neither. */
    static Object value(String text) {
        if (text.startsWith("(")) {
            return tuple(text);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && (text.charAt(i) == 'u' || text.charAt(i) == 'r')) {
                i++;
            }
            if (i >= text.length() || (text.charAt(i) != '\'' && text.charAt(i) != '"')) {
                return null;
            }
            i = string(text, i, out);
            if (i < 0) {
                return null;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length()) {
                if (text.charAt(i) != '+') {
                    return null;
                }
                i++;
            }
        }
        return out.toString();
    }

    /** Reads the literal opening at {@code i} into {@code out}; returns the index after it, or -1. */
    private static int string(String s, int i, StringBuilder out) {
        char quote = s.charAt(i++);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                case 'u' -> out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                default -> out.append(e);
            }
            i += e == 'x' ? 4 : e == 'u' ? 6 : 2;
        }
        return -1;
    }

    private static Object tuple(String text) {
        String[] parts = text.replaceAll("[()\\s]", "").split(",");
        if (parts.length != 9) {
            return null;
        }
        try {
            int[] n = new int[6];
            for (int k = 0; k < 6; k++) {
                n[k] = Integer.parseInt(parts[k]);
            }
            return LocalDateTime.of(n[0], n[1], n[2], n[3], n[4], n[5]).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
