package dev.newsriver.publish;

import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;


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
    private final Sinks.Many<Published> live = Sinks.many().multicast().directBestEffort();
    private final Disposable feeding;

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
        this.store = store;
        this.bufferSize = bufferSize;
        this.feeding = store.committed().map(Published::of).subscribe(live::tryEmitNext);
    }

    /** Items with an id above {@code afterId} that match {@code q}, in id order; never completes by itself. */
    public Flux<Published> after(long afterId, ItemQuery q) {
        return Flux.defer(() -> {
            Sinks.Many<Published> pending = Sinks.many().unicast().onBackpressureBuffer(new BoundedQueue<>(bufferSize));
            Disposable subscription = live.asFlux().filter(p -> q.matches(p.article())).subscribe(p -> offer(pending, p));
            AtomicLong last = new AtomicLong(afterId);
            return replay(afterId, q).map(Published::of)
                    .doOnNext(p -> last.set(p.id()))
                    .concatWith(pending.asFlux().filter(p -> p.id() > last.get()).doOnNext(p -> last.set(p.id())))
                    .doFinally(signal -> subscription.dispose());
        });
    }

    /** Stops following the store. */
    public void close() {
        feeding.dispose();
    }

    /** The id of the newest stored item: where a new client without a Last-Event-ID starts. */
    public Mono<Long> head() {
        return store.maxId();
    }

    private Flux<Article> replay(long afterId, ItemQuery q) {
        return store.after(afterId, q, PAGE).collectList().flatMapMany(page -> page.size() < PAGE
                ? Flux.fromIterable(page)
                : Flux.fromIterable(page).concatWith(Flux.defer(() -> replay(page.get(page.size() - 1).id(), q))));
    }

    private void offer(Sinks.Many<Published> pending, Published p) {
        if (pending.tryEmitNext(p).isFailure()) {
            log.debug("Ending a slow client's stream at item {}", p.id());
            pending.tryEmitError(new SlowClientException(bufferSize));
        }
    }

    /** Ends the stream of a client whose buffer overflowed; it resumes from the store on reconnect. */
    public static final class SlowClientException extends RuntimeException {
        public SlowClientException(int bufferSize) {
            super("client fell more than " + bufferSize + " items behind; reconnect with Last-Event-ID to resume");
        }
    }
}
