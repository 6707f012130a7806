package dev.newsriver.web;

import dev.newsriver.NewsriverProperties;
import dev.newsriver.publish.ItemJson;
import dev.newsriver.publish.LiveRiver;
import dev.newsriver.publish.SseFrames;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * {@code GET /stream}: the river as server-sent events. {@code event: item}, {@code id:} the item id,
 * {@code data:} the item JSON. A client resumes after {@code Last-Event-ID} (header) or
 * {@code lastEventId} (query) from the store; a new client first gets the newest {@code backlog} items
 * (default 50; 0 for live items only). An id the store cannot resume from gets an explicit
 * {@code event: reset}. A comment line keeps the connection alive; {@code retry:} tells clients how soon
 * to reconnect.
 */
@RestController
public class StreamController {
    private final LiveRiver river;
    private static final byte[] KEEP_ALIVE = SseFrames.comment("keep-alive");
    private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;
    private static final NettyDataBufferFactory NETTY_BUFFERS = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
    private final ItemStore store;
    private final NewsriverProperties.Stream settings;

    public StreamController(LiveRiver river, ItemStore store, NewsriverProperties props) {
        this.river = river;
        this.store = store;
        this.settings = props.stream();
    }

    /**
     * The frames are written as pre-encoded bytes: an item's event is encoded once for every client
     * ({@link LiveRiver.Published#frame()}), not once per client, and the items that reach a client together
     * go out in one write ({@link LiveRiver.Batch#frames()}).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<DataBuffer> stream(@RequestHeader(name = "Last-Event-ID", required = false) String header,
                                   @RequestParam MultiValueMap<String, String> params, ServerHttpRequest request) {
        ItemQuery q = Filters.query(params);
        int backlog = Filters.bounded(params, "backlog", 50, 0, 1000);
        String resume = header != null ? header : params.getFirst("lastEventId");
        Flux<DataBuffer> events = start(resume, q, backlog).flatMapMany(start -> Flux.concat(
                Mono.justOrEmpty(start.reset()).map(BUFFERS::wrap),
                river.batchesAfter(start.afterId(), q, eventLoop(request)).map(StreamController::buffer)))
                .onErrorResume(LiveRiver.SlowClientException.class, e -> {
                    // what is queued for it may never drain: hang up, and the client resumes from the store
                    hangUp(request);
                    return Flux.empty();
                });
        // prefetch 1 on the way to the connection: what a client that does not read holds is its own bounded
        // queue plus what the HTTP layer has taken, not a further queue of batches in between
        return Flux.concat(Mono.just(BUFFERS.wrap(SseFrames.retry("newsriver", settings.retry()))), events.publish(shared -> Flux.merge(1,
                shared, Flux.interval(settings.heartbeat(), settings.heartbeat()).map(i -> BUFFERS.wrap(KEEP_ALIVE))
                        .takeUntilOther(shared.then())), 1));
    }

    /**
     * A batch's events. A batch that many clients take whole is one buffer outside the heap that they all
     * read from, so the socket writes it without a copy per client ({@link LiveRiver.Batch#directFrames()});
     * releasing it does nothing, its memory goes with the batch.
     */
    private static DataBuffer buffer(LiveRiver.Batch batch) {
        return batch.shared()
                ? NETTY_BUFFERS.wrap(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(batch.directFrames().duplicate())))
                : BUFFERS.wrap(batch.frames());
    }

    private static void hangUp(ServerHttpRequest request) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
        if (nativeRequest instanceof Connection connection) {
            connection.channel().close();
        }
    }

    /** The event loop that owns the request's connection, when the server is Reactor Netty; else null. */
    private static Executor eventLoop(ServerHttpRequest request) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
        return nativeRequest instanceof Connection connection ? connection.channel().eventLoop() : null;
    }

    private record Start(long afterId, byte[] reset) {
    }

    private Mono<Start> start(String resume, ItemQuery q, int backlog) {
        Mono<Long> fresh = (backlog == 0 ? Mono.<Long>empty() : store.backlogStart(q, backlog)).switchIfEmpty(river.head());
        if (resume == null || resume.isBlank()) {
            return fresh.map(id -> new Start(id, null));
        }
        long id;
        try {
            id = Long.parseLong(resume.strip());
        } catch (NumberFormatException e) {
            return fresh.map(from -> new Start(from, reset(resume, "not an item id", from)));
        }
        // the head in memory answers almost every reconnect; an id above it may be one this instance has not
        // heard of yet (committed by another instance moments ago), so the store has the last word
        return river.head().flatMap(max -> id >= 0 && id <= max ? Mono.just(max) : store.maxId())
                .flatMap(max -> id >= 0 && id <= max ? Mono.just(new Start(id, null))
                        : fresh.map(from -> new Start(from, reset(resume, "no such item in this river", from))));
    }

    private static byte[] reset(String lastEventId, String reason, long resumedAfter) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lastEventId", lastEventId);
        data.put("reason", reason);
        data.put("resumedAfter", Long.toString(resumedAfter));
        return SseFrames.event("reset", null, ItemJson.write(data));
    }
}
