package dev.newsriver.publish;

import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;


/**
 * The river as readers see it: every item after a given id, first replayed from the store, then live as
 * it is committed, without a gap or a repeat between the two. All clients share the store's one hot
 * stream of committed items; no client starts a pipeline of its own.
 *
 * <p>A client that does not keep up gets a bounded buffer ({@code bufferSize} items); when it overflows,
 * that client's stream ends with {@link SlowClientException} so the client reconnects and resumes from the
 * store: a slow client costs bounded memory and loses nothing. Thread-safe.
 */
public final class LiveRiver {
    private static final Logger log = LoggerFactory.getLogger(LiveRiver.class);
    private static final int PAGE = 500;

    private final ItemStore store;
    private final int bufferSize;
    private final List<Shard> shards;
    private final AtomicInteger nextShard = new AtomicInteger();
    private final AtomicLong slowClientsEnded = new AtomicLong();
    /** The newest id announced; set before the item goes to the shards (see {@link #after}). */
    private final AtomicLong head = new AtomicLong(-1);
    private final Disposable feeding;

    /**
     * A share of the clients with a thread of its own: each new item is handed to every shard, and each
     * shard's worker delivers it to its clients in turn, so the fan-out runs on all cores at once while each
     * client still gets items in id order.
     */
    private record Shard(Sinks.Many<Published> sink, Scheduler.Worker worker) {
        void deliver(Published p) {
            worker.schedule(() -> sink.tryEmitNext(p));
        }
    }

    /**
     * An item with its JSON and its whole server-sent event ({@code id:}, {@code event: item}, {@code data:}),
     * encoded once however many clients it goes to. The frame's bytes are shared: read them, never change them.
     */
    public record Published(Article article, String json, byte[] frame) {
        static Published of(Article a) {
            String json = ItemJson.write(a);
            return new Published(a, json, SseFrames.event("item", a.id().toString(), json));
        }

        public long id() {
            return article.id();
        }
    }

    public LiveRiver(ItemStore store, int bufferSize) {
        this(store, bufferSize, Runtime.getRuntime().availableProcessors());
    }

    public LiveRiver(ItemStore store, int bufferSize, int shards) {
        this.store = store;
        this.bufferSize = bufferSize;
        this.shards = IntStream.range(0, Math.max(1, shards))
                .mapToObj(i -> new Shard(Sinks.many().multicast().<Published>directBestEffort(), Schedulers.parallel().createWorker()))
                .toList();
        this.feeding = store.committed().map(Published::of).subscribe(p -> {
            head.accumulateAndGet(p.id(), Math::max);
            this.shards.forEach(shard -> shard.deliver(p));
        });
    }

    /** Items with an id above {@code afterId} that match {@code q}, in id order; never completes by itself. */
    public Flux<Published> after(long afterId, ItemQuery q) {
        return Flux.defer(() -> {
            Sinks.Many<Published> pending = Sinks.many().unicast().onBackpressureBuffer(new BoundedQueue<>(bufferSize));
            Shard shard = shards.get(Math.floorMod(nextShard.getAndIncrement(), shards.size()));
            Disposable subscription = shard.sink().asFlux().filter(p -> q.matches(p.article())).subscribe(p -> offer(pending, p));
            AtomicLong last = new AtomicLong(afterId);
            // Subscribed first, head read second: an item announced after this read reaches the shard after
            // the subscription, so a client already at the head needs no query of the store.
            boolean atHead = head.get() >= 0 && afterId >= head.get();
            return (atHead ? Flux.<Article>empty() : replay(afterId, q)).map(Published::of)
                    .doOnNext(p -> last.set(p.id()))
                    .concatWith(pending.asFlux().filter(p -> p.id() > last.get()).doOnNext(p -> last.set(p.id())))
                    .doFinally(signal -> subscription.dispose());
        });
    }

    /** Stops following the store. */
    public void close() {
        feeding.dispose();
        shards.forEach(shard -> shard.worker().dispose());
    }

    /** How many clients' streams were ended because they fell too far behind, since start. */
    public long slowClientsEnded() {
        return slowClientsEnded.get();
    }

    /** The id of the newest stored item, from memory once known: where a client is up to date. */
    public Mono<Long> head() {
        long known = head.get();
        return known >= 0 ? Mono.just(known) : store.maxId().doOnNext(id -> head.accumulateAndGet(id, Math::max));
    }

    private Flux<Article> replay(long afterId, ItemQuery q) {
        return store.after(afterId, q, PAGE).collectList().flatMapMany(page -> page.size() < PAGE
                ? Flux.fromIterable(page)
                : Flux.fromIterable(page).concatWith(Flux.defer(() -> replay(page.get(page.size() - 1).id(), q))));
    }

    private void offer(Sinks.Many<Published> pending, Published p) {
        if (pending.tryEmitNext(p) == Sinks.EmitResult.FAIL_OVERFLOW && pending.tryEmitError(new SlowClientException(bufferSize)).isSuccess()) {
            slowClientsEnded.incrementAndGet();
            log.debug("Ending a slow client's stream at item {}", p.id());
        }
    }

    /** Ends the stream of a client whose buffer overflowed; it resumes from the store on reconnect. */
    public static final class SlowClientException extends RuntimeException {
        public SlowClientException(int bufferSize) {
            super("client fell more than " + bufferSize + " items behind; reconnect with Last-Event-ID to resume");
        }
    }
}
