package dev.newsriver.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The mutable record of one source's health and schedule: the source writes fetch outcomes, the
 * {@link Scheduler} writes the schedule, {@link Sources#statuses()} reads snapshots. Thread-safe
 * (all methods synchronize on the instance).
 */
final class SourceState {

    private final SourceConfig config;
    private final Clock clock;
    private String state = "pending";
    private Instant lastFetch;
    private int httpStatus;
    private String error;
    private long itemsSeen;
    private Instant nextPoll;
    private Duration interval;
    private int failures;

    SourceState(SourceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The HTTP status of the answer just received (written by the source). */
    synchronized void answered(int status) {
        httpStatus = status;
    }

    /** A pass completed (written by whoever ran it). */
    synchronized void succeeded() {
        state = "ok";
        lastFetch = clock.instant();
        error = null;
        failures = 0;
    }

    /** A pass failed (written by whoever ran it); the status comes from a {@link FetchException}. */
    synchronized void failed(Throwable e) {
        state = "error";
        lastFetch = clock.instant();
        httpStatus = e instanceof FetchException f ? f.status() : 0;
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        failures++;
    }

    synchronized void counted(long items) {
        itemsSeen += items;
    }

    synchronized void scheduled(Duration delay, Duration currentInterval) {
        nextPoll = clock.instant().plus(delay);
        interval = currentInterval;
    }

    synchronized int failures() {
        return failures;
    }

    synchronized SourceStatus snapshot() {
        return new SourceStatus(config.id(), config.ref().name(), config.type().name().toLowerCase(Locale.ROOT),
                config.location(), state, lastFetch, httpStatus, error, itemsSeen, nextPoll, interval, failures);
    }
}
