package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.SourceRef;
import dev.newsriver.publish.LiveRiver;
import dev.newsriver.store.ItemStore;
import dev.newsriver.web.StreamLimit;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Clients that misbehave do not hurt the ones that behave: clients that never read are ended and their
 * connections closed, clients that connect and leave at once leave nothing behind, a bogus
 * {@code Last-Event-ID} gets a reset, and meanwhile a well-behaved client receives every item once, in
 * order. (Scaled to CI; {@code scripts/load-hostile-clients} runs the full-size version.)
 */
class HostileClientsIT {
    private static final int NEVER_READ = 100;
    private static final int CONNECT_AND_LEAVE = 1000;
    private static final int ITEMS = 3000;

    @TempDir
    Path dir;
    private ConfigurableApplicationContext app;
    private int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("sources.yml"), "sources: []\n");
        app = new SpringApplicationBuilder(NewsriverApplication.class).run(
                "--server.port=0",
                "--newsriver.data-dir=" + dir.resolve("data"),
                "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--newsriver.stream.buffer-size=64",
                "--newsriver.stream.heartbeat=1s");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterEach
    void stop() {
        sockets.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        app.close();
    }

    @Test
    void clientsThatNeverReadOrComeAndGoCostNothingLastingAndAWellBehavedClientGetsEverything() throws Exception {
        LiveRiver river = app.getBean(LiveRiver.class);
        StreamLimit streams = app.getBean(StreamLimit.class);
        ItemStore store = app.getBean(ItemStore.class);

        List<Long> ids = new CopyOnWriteArrayList<>();
        Disposable healthy = WebClient.create("http://127.0.0.1:" + port).get().uri("/stream?backlog=0")
                .accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .filter(e -> "item".equals(e.event()))
                .subscribe(e -> ids.add(Long.parseLong(e.id())));
        for (int i = 0; i < NEVER_READ; i++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(4096);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.getOutputStream().write(request("/stream?backlog=0", null));
            sockets.add(s);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> river.clients() == NEVER_READ + 1);

        ExecutorService loop = Executors.newFixedThreadPool(4);
        List<Future<?>> leavers = IntStream.range(0, 4).<Future<?>>mapToObj(t -> loop.submit(() -> {
            for (int i = 0; i < CONNECT_AND_LEAVE / 4; i++) {
                connectAndLeave(i % 3 == 0 ? "not-a-number" : i % 3 == 1 ? "-5" : null);
            }
            return null;
        })).toList();

        String body = "A long dispatch about rainfall and harvests. ".repeat(100);
        Flux.range(0, ITEMS).map(n -> item(n, body)).buffer(64)
                .concatMap(batch -> store.saveAllIfNew(batch, a -> a, a -> a)).blockLast(Duration.ofSeconds(120));
        for (Future<?> f : leavers) {
            f.get();
        }
        loop.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> ids.size() >= ITEMS);
        assertThat(ids).hasSize(ITEMS).doesNotHaveDuplicates().isSorted();
        // every client that never read was ended, and nothing of the ones that came and went is left
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(river.slowClientsEnded()).as("slow clients ended").isGreaterThanOrEqualTo(NEVER_READ);
            assertThat(river.clients()).as("clients following the river").isEqualTo(1);
            assertThat(streams.open()).as("open /stream connections").isEqualTo(1);
        });
        // and their connections are closed by the server
        for (Socket s : sockets) {
            assertThat(drainsToEnd(s)).isTrue();
        }
        healthy.dispose();
    }

    @Test
    void aBogusLastEventIdGetsAResetNamingIt() throws IOException {
        for (String bogus : List.of("not-a-number", "-5", "99999999999")) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write(request("/stream", bogus));
                String head = readUntil(s.getInputStream(), "\n\n", "event:reset");
                assertThat(head).contains("event:reset").contains(bogus.equals("-5") ? "-5" : bogus);
            }
        }
    }

    private void connectAndLeave(String lastEventId) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request("/stream?backlog=0", lastEventId));
            s.getInputStream().read(); // the response has begun: the stream is set up, and the client leaves
        }
    }

    private static byte[] request(String path, String lastEventId) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + (lastEventId != null ? "Last-Event-ID: " + lastEventId + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads until {@code marker} has been seen after {@code after}; what was read. */
    private static String readUntil(InputStream in, String marker, String after) throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sb.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int at = sb.indexOf(after);
            if (at >= 0 && sb.indexOf(marker, at) >= 0) {
                break;
            }
        }
        return sb.toString();
    }

    /** Whether the server has closed the connection: reading drains what was sent and then meets the end. */
    private static boolean drainsToEnd(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (s.getInputStream().read(buffer) >= 0) {
                // what the server had sent before it gave up on this client
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    private static Article item(int n, String body) {
        String text = "Dispatch " + n + ". " + body;
        return Article.builder().guid("hostile-clients-" + n).title("Dispatch " + n).text(text).html("<p>" + text + "</p>")
                .summary("Dispatch " + n).source(new SourceRef("desk", "Desk")).ingested(Instant.now())
                .story("s-" + n).fingerprint(new Fingerprint("h" + n, new long[0])).build();
    }
}
