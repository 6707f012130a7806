package dev.newsriver.source;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Decides whether this instance polls a due feed now. With several instances on one database, a claim
 * is a lease: it succeeds for one instance at a time and lasts {@code period}; a single instance
 * claims everything ({@link #ALWAYS}). Folder sources are never claimed: a folder belongs to its machine.
 */
@FunctionalInterface
public interface Claims {

    /** Whether this instance may poll {@code sourceId} now; if so it holds the source for {@code period}. */
    Mono<Boolean> claim(String sourceId, Duration period);

    /** Every source, every time: one instance alone. */
    Claims ALWAYS = (sourceId, period) -> Mono.just(true);
}
