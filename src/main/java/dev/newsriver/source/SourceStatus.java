package dev.newsriver.source;

import java.time.Duration;
import java.time.Instant;

/**
 * What {@code GET /api/sources} shows about one source. Immutable snapshot.
 *
 * @param id          the source id
 * @param name        its display name
 * @param type        {@code feed} or {@code folder}
 * @param location    the feed URL or folder path as configured
 * @param state       {@code pending} (not fetched yet), {@code ok} or {@code error}
 * @param lastFetch   when the last pass ended, or {@code null}
 * @param httpStatus  the last HTTP status (0 for files or when there was none)
 * @param error       the last pass's error, or {@code null} when it succeeded
 * @param itemsSeen   items passed on since start (new entries and updates; files read)
 * @param nextPoll    when the next pass is due, or {@code null} when not scheduled
 * @param interval    the current polling interval (after adaptation and backoff), or {@code null}
 * @param failures    consecutive failed passes
 */
public record SourceStatus(String id, String name, String type, String location, String state, Instant lastFetch,
                           int httpStatus, String error, long itemsSeen, Instant nextPoll, Duration interval,
                           int failures) {
}
