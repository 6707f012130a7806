package dev.newsriver.store;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Shares the polling of sources between instances on one database: before polling a source, an instance
 * claims its lease; the claim succeeds when the lease is free, expired, or already its own, and then runs
 * until {@code now + period}. One atomic conditional UPDATE decides, so two instances never both hold a
 * lease, and a crashed instance's sources are taken over within one lease period. Thread-safe.
 */
public final class SourceLeases {
    private final DatabaseClient db;
    private final Scheduler scheduler;
    private final Clock clock;
    private final String holder;

    public SourceLeases(DatabaseClient db, Scheduler scheduler, Clock clock, String holder) {
        this.db = db;
        this.scheduler = scheduler;
        this.clock = clock;
        this.holder = holder;
    }

    /** Whether this instance may poll {@code sourceId} now; if so it holds the lease for {@code period}. */
    public Mono<Boolean> claim(String sourceId, Duration period) {
        long now = clock.millis();
        long until = now + period.toMillis();
        Mono<Boolean> take = db.sql("UPDATE source_lease SET holder = :holder, expires_ms = :until "
                        + "WHERE source_id = :id AND (holder = :holder OR expires_ms < :now)")
                .bind("holder", holder).bind("until", until).bind("id", sourceId).bind("now", now)
                .fetch().rowsUpdated().map(n -> n == 1);
        Mono<Boolean> create = db.sql("INSERT INTO source_lease (source_id, holder, expires_ms) VALUES (:id, :holder, :until)")
                .bind("id", sourceId).bind("holder", holder).bind("until", until)
                .fetch().rowsUpdated().map(n -> n == 1)
                .onErrorResume(DataIntegrityViolationException.class, e -> take); // another instance created it first
        return take.flatMap(taken -> taken ? Mono.just(true) : exists(sourceId).flatMap(e -> e ? Mono.just(false) : create))
                .subscribeOn(scheduler);
    }

    /** Gives up this instance's lease on a source (on shutdown), so another can take it at once. */
    public Mono<Void> release(String sourceId) {
        return db.sql("DELETE FROM source_lease WHERE source_id = :id AND holder = :holder")
                .bind("id", sourceId).bind("holder", holder).fetch().rowsUpdated().then().subscribeOn(scheduler);
    }

    /** Gives up every lease this instance holds (on shutdown). */
    public Mono<Void> releaseAll() {
        return db.sql("DELETE FROM source_lease WHERE holder = :holder").bind("holder", holder)
                .fetch().rowsUpdated().then().subscribeOn(scheduler);
    }

    /** This instance's name in the lease table. */
    public String holder() {
        return holder;
    }

    private Mono<Boolean> exists(String sourceId) {
        return db.sql("SELECT 1 AS one FROM source_lease WHERE source_id = :id").bind("id", sourceId)
                .map(row -> true).first().defaultIfEmpty(false);
    }
}
