package dev.newsriver.publish;

import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;


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
    private static final int MAX_BATCH = 64;

    private final ItemStore store;
    private final int bufferSize;
    /** Shards of clients that did not name a thread, one per core, picked in turn. */
    private final List<Shard> shards;
    private final List<Scheduler.Worker> workers;
    /** Shards of clients that asked to be served on a thread of their own (their connection's event loop). */
    private final Map<Executor, Shard> shardsByThread = new ConcurrentHashMap<>();
    private final List<Shard> allShards = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextShard = new AtomicInteger();
    private final AtomicLong slowClientsEnded = new AtomicLong();
    /** The newest id announced; set before the item goes to the shards (see {@link #after}). */
    private final AtomicLong head = new AtomicLong(-1);
    private final Disposable feeding;

    /**
     * A share of the clients with a thread of its own: each new item is handed to every shard, and each
     * shard's thread delivers it to its clients in turn, so the fan-out runs on all cores at once while each
     * client still gets items in id order. Items that arrive while the thread is still busy with earlier ones
     * go out together as one {@link Batch}: under load a client gets one write for many items, not one each.
     * A shard whose thread is the event loop that owns its clients' connections writes to them with no
     * hand-over between threads.
     */
    private static final class Shard {
        private final Sinks.Many<Batch> sink = Sinks.many().multicast().directBestEffort();
        private final Executor thread;
        private final Queue<Published> inbox = Queues.<Published>unboundedMultiproducer().get();
        private final AtomicInteger pending = new AtomicInteger();

        Shard(Executor thread) {
            this.thread = thread;
        }

        void deliver(Published p) {
            inbox.offer(p);
            if (pending.getAndIncrement() == 0) {
                thread.execute(this::drain);
            }
        }

        private void drain() {
            int missed = pending.get();
            while (true) {
                List<Published> items = new ArrayList<>(Math.min(missed, MAX_BATCH));
                for (Published p = inbox.poll(); p != null; p = items.size() < MAX_BATCH ? inbox.poll() : null) {
                    items.add(p);
                }
                if (!items.isEmpty()) {
                    sink.tryEmitNext(new Batch(items, true));
                }
                if (!inbox.isEmpty()) {
                    continue;
                }
                missed = pending.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }
    }

    /**
     * Items in id order that go to a client in one write. The batch's events are encoded once for every
     * client that takes the batch whole ({@link #frames()}); a client whose filter drops some items gets a
     * batch of its own.
     */
    public static final class Batch {
        private final List<Published> items;
        private final boolean shared;
        private volatile byte[] frames;
        private volatile ByteBuffer direct;

        Batch(List<Published> items, boolean shared) {
            this.items = List.copyOf(items);
            this.shared = shared;
        }

        /** Whether this very batch goes to many clients (a live batch), not to one (a replay, a filtered batch). */
        public boolean shared() {
            return shared;
        }

        public List<Published> items() {
            return items;
        }

        public int size() {
            return items.size();
        }

        /** The items this client should see, or this very batch when that is all of them. */
        Batch filter(Predicate<Published> keep) {
            int kept = 0;
            for (Published p : items) {
                kept += keep.test(p) ? 1 : 0;
            }
            return kept == items.size() ? this : kept == 0 ? null : new Batch(items.stream().filter(keep).toList(), false);
        }

        /** Every item's server-sent event, back to back, computed once. Shared bytes: read them, never change them. */
        public byte[] frames() {
            byte[] f = frames;
            if (f == null) {
                f = items.size() == 1 ? items.get(0).frame() : concat(items);
                frames = f;
            }
            return f;
        }

        /**
         * {@link #frames()} outside the heap, read-only, shared by every client that takes the batch whole: a
         * socket writes it without first copying it once per client. Take a {@link ByteBuffer#duplicate()}
         * to read it; the memory is freed with the batch.
         */
        public ByteBuffer directFrames() {
            ByteBuffer d = direct;
            if (d == null) {
                byte[] f = frames();
                d = ByteBuffer.allocateDirect(f.length).put(f).flip().asReadOnlyBuffer();
                direct = d;
            }
            return d;
        }

        private static byte[] concat(List<Published> items) {
            int length = 0;
            for (Published p : items) {
                length += p.frame().length;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (Published p : items) {
                System.arraycopy(p.frame(), 0, out, at, p.frame().length);
                at += p.frame().length;
            }
            return out;
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
        this.workers = IntStream.range(0, Math.max(1, shards)).mapToObj(i -> Schedulers.parallel().createWorker()).toList();
        this.shards = workers.stream().map(worker -> new Shard(worker::schedule)).toList();
        this.allShards.addAll(this.shards);
        this.feeding = store.committed().map(Published::of).subscribe(p -> {
            head.accumulateAndGet(p.id(), Math::max);
            allShards.forEach(shard -> shard.deliver(p));
        });
    }

    /** Items with an id above {@code afterId} that match {@code q}, in id order; never completes by itself. */
    public Flux<Published> after(long afterId, ItemQuery q) {
        return batchesAfter(afterId, q).concatMapIterable(Batch::items, 1);
    }

    /**
     * Like {@link #after}, but in batches: the stored items a page at a time, then the live items as they
     * reached this client's shard together. A client is ended with {@link SlowClientException} when more than
     * {@code bufferSize} items wait for it.
     */
    public Flux<Batch> batchesAfter(long afterId, ItemQuery q) {
        return batchesAfter(afterId, q, null);
    }

    /**
     * Like {@link #batchesAfter(long, ItemQuery)}, with the live items delivered on {@code thread}, e.g. the
     * event loop that owns the client's connection, so that the write needs no other thread; null for any.
     * {@code thread} must run tasks one at a time, in order.
     */
    public Flux<Batch> batchesAfter(long afterId, ItemQuery q, Executor thread) {
        return Flux.defer(() -> {
            Sinks.Many<Batch> pending = Sinks.many().unicast().onBackpressureBuffer(new BoundedQueue<>(bufferSize, Batch::size));
            Shard shard = thread != null ? shardsByThread.computeIfAbsent(thread, this::newShard)
                    : shards.get(Math.floorMod(nextShard.getAndIncrement(), shards.size()));
            Predicate<Published> matches = p -> q.matches(p.article());
            // set when the client overflows: it then leaves its shard and drops what waits for it at once, not
            // once it has read the backlog it cannot read (a client that never reads would never get there)
            Sinks.One<Boolean> overflowed = Sinks.one();
            Disposable.Swap subscription = Disposables.swap();
            subscription.update(shard.sink.asFlux().subscribe(b -> {
                Batch mine = b.filter(matches);
                if (mine != null && pending.tryEmitNext(mine) == Sinks.EmitResult.FAIL_OVERFLOW
                        && overflowed.tryEmitValue(true).isSuccess()) {
                    subscription.dispose();
                    slowClientsEnded.incrementAndGet();
                    log.debug("Ending a slow client's stream at item {}", mine.items().get(0).id());
                }
            }));
            AtomicLong last = new AtomicLong(afterId);
            // Subscribed first, head read second: an item announced after this read reaches the shard after
            // the subscription, so a client already at the head needs no query of the store.
            boolean atHead = head.get() >= 0 && afterId >= head.get();
            Flux<Batch> stored = atHead ? Flux.empty() : replay(afterId, q)
                    .map(page -> new Batch(page.stream().map(Published::of).toList(), false));
            return stored.doOnNext(b -> last.set(lastId(b)))
                    // merged, the overflow's error ends the stream at once, without waiting for demand
                    .concatWith(Flux.merge(1, pending.asFlux(), overflowed.asMono().flatMap(x -> Mono.<Batch>error(new SlowClientException(bufferSize))))
                            .mapNotNull(b -> b.filter(p -> p.id() > last.get())).doOnNext(b -> last.set(lastId(b))))
                    .doFinally(signal -> subscription.dispose());
        });
    }

    private Shard newShard(Executor thread) {
        Shard shard = new Shard(thread);
        allShards.add(shard);
        return shard;
    }

    private static long lastId(Batch b) {
        return b.items().get(b.size() - 1).id();
    }

    /** Stops following the store. */
    public void close() {
        feeding.dispose();
        workers.forEach(Scheduler.Worker::dispose);
    }

    /** Clients following the live river now, on every shard. */
    public int clients() {
        return allShards.stream().mapToInt(shard -> shard.sink.currentSubscriberCount()).sum();
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

    /** The stored items after {@code afterId} that match {@code q}, a page at a time. */
    private Flux<List<Article>> replay(long afterId, ItemQuery q) {
        return store.after(afterId, q, PAGE).collectList().filter(page -> !page.isEmpty()).flatMapMany(page -> page.size() < PAGE
                ? Flux.just(page)
                : Flux.just(page).concatWith(Flux.defer(() -> replay(page.get(page.size() - 1).id(), q))));
    }

    /** Ends the stream of a client whose buffer overflowed; it resumes from the store on reconnect. */
    public static final class SlowClientException extends RuntimeException {
        public SlowClientException(int bufferSize) {
            super("client fell more than " + bufferSize + " items behind; reconnect with Last-Event-ID to resume");
        }
    }
}
