package dev.newsriver.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When to poll a source next. After a success: the configured interval, or, when none is configured,
 * the feed's recent item frequency clamped to [{@code min}, {@code max}]; never earlier than
 * {@code Cache-Control}/{@code Expires} or the RSS {@code <ttl>} allow. After a failure: exponential
 * backoff from {@code errorBase} up to {@code errorCap}, never earlier than {@code Retry-After}; polling
 * never stops. Every delay carries ±{@code jitter} so sources drift apart. Immutable; thread-safe if
 * the random source is.
 */
public record PollPolicy(Duration min, Duration max, Duration errorBase, Duration errorCap, double jitter,
                         DoubleSupplier random) {

    /** 5 min … 24 h, errors from 1 min up to 6 h, ±10 % jitter. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofHours(6),
                0.1, () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /** The interval a healthy source is on (before jitter). */
    Duration interval(Duration configured, Duration fallback, PollHints hints) {
        Duration base = configured != null ? configured : clamp(adaptive(hints.published(), fallback));
        Duration floor = longest(hints.freshFor(), hints.ttl());
        if (floor != null && floor.compareTo(base) > 0) {
            base = floor.compareTo(max) > 0 ? max : floor;
        }
        return base;
    }

    /** The delay before the next pass, given the outcome of the last one. */
    Duration next(Duration configured, Duration fallback, PollHints hints, int failures) {
        if (failures == 0) {
            return jittered(interval(configured, fallback, hints));
        }
        long factor = 1L << Math.min(failures - 1, 30);
        Duration backoff = errorBase.multipliedBy(factor);
        Duration delay = jittered(backoff.compareTo(errorCap) > 0 || backoff.isNegative() ? errorCap : backoff);
        Duration retryAfter = hints.retryAfter();
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(max) > 0 ? max : retryAfter;
        }
        return delay;
    }

    /** The mean gap between the most recent (up to 20) dated items, or {@code fallback}. */
    static Duration adaptive(List<Instant> published, Duration fallback) {
        List<Instant> recent = published.stream().sorted().toList();
        if (recent.size() > 20) {
            recent = recent.subList(recent.size() - 20, recent.size());
        }
        if (recent.size() < 2) {
            return fallback;
        }
        Duration span = Duration.between(recent.get(0), recent.get(recent.size() - 1));
        return span.isZero() ? fallback : span.dividedBy(recent.size() - 1);
    }

    private Duration clamp(Duration d) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }

    private Duration jittered(Duration d) {
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
    }

    private static Duration longest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
