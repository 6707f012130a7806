package dev.newsriver.store;

import dev.newsriver.article.Article;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * On PostgreSQL, learns of items committed by any instance: it LISTENs on {@value #CHANNEL}, and on each
 * notification (and after each reconnect) reads every item above the last id it announced, in id order.
 * Because inserts take a transaction-scoped advisory lock, ids are assigned in commit order, so reading
 * "above the last id" never skips an item committed late. A missed notification costs latency, not
 * items: the next one, the next heartbeat or the reconnect catches up. Every {@link #HEARTBEAT} the
 * listening connection must answer a query within {@link #HEARTBEAT_TIMEOUT}, and each answer is also a
 * catch-up: a connection that a network device dropped without a word (no notification ever comes, and
 * no error either) is noticed and replaced, and no item waits longer than a heartbeat. Thread-safe.
 */
final class CommitListener implements AutoCloseable {
    static final String CHANNEL = "newsriver_items";
    private static final Logger log = LoggerFactory.getLogger(CommitListener.class);
    private static final Object TICK = new Object();
    private static final int PAGE = 500;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

    private final ConnectionFactory factory;
    private final ItemStore store;
    private final AtomicLong last;
    private final Sinks.Many<Article> committed = Sinks.many().multicast().directBestEffort();
    private final Disposable loop;

    private final Duration heartbeat;

    CommitListener(String r2dbcUrl, ItemStore store) {
        this(r2dbcUrl, store, HEARTBEAT);
    }

    CommitListener(String r2dbcUrl, ItemStore store, Duration heartbeat) {
        this.factory = DatabaseConfig.postgres(r2dbcUrl);
        this.heartbeat = heartbeat;
        this.store = store;
        // items committed from here on are announced, also those committed before LISTEN takes effect
        this.last = new AtomicLong(store.maxId().block(Duration.ofSeconds(30)));
        this.loop = Flux.usingWhen(factory.create(), this::listen, Connection::close)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10))
                        .doBeforeRetry(s -> log.warn("Listening for new items failed, reconnecting: {}", s.failure().toString())))
                .onBackpressureLatest()
                .concatMap(tick -> catchUp().retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                        .maxBackoff(Duration.ofSeconds(10))
                        .doBeforeRetry(s -> log.warn("Reading new items failed, retrying: {}", s.failure().toString()))), 1)
                .subscribe(committed::tryEmitNext, e -> log.error("Listening for new items stopped", e));
    }

    Flux<Article> committed() {
        return committed.asFlux();
    }

    private Flux<Object> listen(Connection c) {
        Flux<Object> alive = Flux.interval(heartbeat, heartbeat)
                .concatMap(i -> Flux.from(c.createStatement("SELECT 1").execute())
                        .flatMap(r -> r.map((row, meta) -> TICK))
                        .then(Mono.just(TICK))
                        .timeout(HEARTBEAT_TIMEOUT, Mono.error(() -> new java.util.concurrent.TimeoutException(
                                "the listening connection did not answer within " + HEARTBEAT_TIMEOUT))));
        return Flux.from(c.createStatement("LISTEN " + CHANNEL).execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(Flux.concat(Mono.just(TICK), Flux.merge(((PostgresqlConnection) c).getNotifications(), alive)));
    }

    /**
     * Every item above the last one announced, a page at a time; a page counts as announced only once it
     * has been read whole, so a read that fails half-way is simply read again.
     */
    private Flux<Article> catchUp() {
        return Mono.defer(() -> store.after(last.get(), ItemQuery.EVERYTHING, PAGE).collectList())
                .doOnNext(page -> {
                    if (!page.isEmpty()) {
                        last.set(page.get(page.size() - 1).id());
                    }
                })
                .flatMapMany(page -> page.size() < PAGE ? Flux.fromIterable(page)
                        : Flux.fromIterable(page).concatWith(Flux.defer(this::catchUp)));
    }

    @Override
    public void close() {
        loop.dispose();
    }
}
