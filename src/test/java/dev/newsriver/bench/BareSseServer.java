package dev.newsriver.bench;

import dev.newsriver.article.Article;
import dev.newsriver.publish.ItemJson;
import dev.newsriver.publish.SseFrames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The floor for SSE fan-out on this machine: a bare Reactor Netty server (no WebFlux, no store, no
 * operators per client) that keeps every {@code /stream} connection and, on {@code POST /burst?from=F&n=N},
 * writes N events with ids F.. to every connection — the events encoded once, in one buffer, handed over
 * on each connection's own event loop, one task per event loop for all its connections. Its events are the
 * same bytes Newsriver sends for the load test's items, so the client reads the same amount. Each
 * connection's events pass through one unicast sink into Reactor Netty's send, and nothing else. Run by
 * {@code scripts/load-sse-bare}.
 *
 * <p>usage: {@code BareSseServer PORT}
 */
public final class BareSseServer {
    private static final Map<EventLoop, List<Sinks.Many<ByteBuf>>> BY_LOOP = new ConcurrentHashMap<>();

    private BareSseServer() {
    }

    public static void main(String[] args) throws Exception {
        DisposableServer server = HttpServer.create().port(Integer.parseInt(args[0]))
                .route(routes -> routes
                        .get("/stream", (req, res) -> {
                            Sinks.Many<ByteBuf> events = Sinks.many().unicast().onBackpressureBuffer();
                            res.withConnection(c -> BY_LOOP.computeIfAbsent(c.channel().eventLoop(), l -> new CopyOnWriteArrayList<>())
                                    .add(events));
                            return res.header("Content-Type", "text/event-stream")
                                    .send(Flux.concat(Mono.just(Unpooled.wrappedBuffer(": ok\n\n".getBytes())), events.asFlux()));
                        })
                        .post("/burst", (req, res) -> {
                            var params = new io.netty.handler.codec.http.QueryStringDecoder(req.uri()).parameters();
                            long from = Long.parseLong(params.get("from").get(0));
                            int n = Integer.parseInt(params.get("n").get(0));
                            broadcast(frames(from, n));
                            return res.sendString(Mono.just("ok"));
                        }))
                .bindNow();
        System.out.println("bare SSE server on port " + server.port());
        server.onDispose().block();
    }

    private static void broadcast(byte[] frames) {
        ByteBuf shared = Unpooled.unreleasableBuffer(Unpooled.directBuffer(frames.length).writeBytes(frames).asReadOnly());
        BY_LOOP.forEach((loop, channels) -> loop.execute(() -> {
            for (Sinks.Many<ByteBuf> events : channels) {
                events.tryEmitNext(shared.duplicate());
            }
        }));
    }

    /** N events as Newsriver writes them for the load test's items. */
    private static byte[] frames(long from, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 600);
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Article a = SseFanOutLoad.item(i).toBuilder().id(from + i).build();
            all.add(SseFrames.event("item", Long.toString(from + i), ItemJson.write(a)));
        }
        all.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
