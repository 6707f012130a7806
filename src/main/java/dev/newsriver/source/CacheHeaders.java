package dev.newsriver.source;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/** Reads the HTTP caching hints a poll honours: {@code Cache-Control: max-age}, {@code Expires}, {@code Retry-After}. Stateless. */
final class CacheHeaders {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-)?max-age\\s*=\\s*\"?(\\d{1,10})");

    private CacheHeaders() {
    }

    /** How long the answer stays fresh: {@code max-age}, else {@code Expires} minus {@code Date} (or now); else {@code null}. */
    static Duration freshFor(HttpHeaders h) {
        String cacheControl = h.getFirst(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null) {
            Matcher m = MAX_AGE.matcher(cacheControl);
            if (m.find()) {
                return Duration.ofSeconds(Long.parseLong(m.group(1)));
            }
        }
        Instant expires = date(h.getFirst(HttpHeaders.EXPIRES));
        if (expires == null) {
            return null;
        }
        Instant now = date(h.getFirst(HttpHeaders.DATE));
        Duration d = Duration.between(now == null ? Instant.now() : now, expires);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date, or {@code null}. */
    static Duration retryAfter(HttpHeaders h) {
        String value = h.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 9) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        Instant at = date(v);
        if (at == null) {
            return null;
        }
        Duration d = Duration.between(Instant.now(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
