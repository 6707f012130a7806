package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.article.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

/**
 * Every kind of hostile or broken feed at once, beside one healthy feed, on a stub server on loopback:
 * each hostile fetch ends within the time limit having read at most the size limit, the source shows a
 * clear error and is backed off, and the healthy feed's items all arrive regardless.
 */
class HostileFeedsTest {
    private static final long LIMIT = 1024 * 1024;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final PollPolicy BACKING_OFF = new PollPolicy(Duration.ofMillis(50), Duration.ofHours(1),
            Duration.ofSeconds(30), Duration.ofMinutes(5), 0.0, () -> 0.5);
    private static final Path FIXTURES = Path.of("src/test/resources/sources/feeds");

    private final StubServer server = new StubServer();
    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    @TempDir
    Path dir;
    private Sources sources;

    HostileFeedsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        finished.countDown();
        if (sources != null) {
            sources.close();
        }
        server.close();
    }

    /** Path → what the error on /api/sources must say (a regular expression, case ignored). */
    private Map<String, String> hostile() throws IOException {
        Map<String, String> faults = new LinkedHashMap<>();
        server.route("/status-500", e -> StubServer.send(e, 500, "text/plain", "internal error"));
        faults.put("/status-500", "500");
        server.route("/silent", e -> {
            e.sendResponseHeaders(200, 0);
            try {
                finished.await(30, java.util.concurrent.TimeUnit.SECONDS); // says nothing until the test is over
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        faults.put("/silent", "timed out|no complete answer within");
        server.route("/slowloris", e -> {
            e.getResponseHeaders().set("Content-Type", "application/rss+xml");
            e.sendResponseHeaders(200, 0);
            OutputStream out = e.getResponseBody();
            // one byte at a time, each well inside the read timeout, until the client gives up
            try {
                while (!finished.await(300, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    out.write('<');
                    out.flush();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        faults.put("/slowloris", "timed out|no complete answer within");
        server.route("/endless", e -> {
            e.getResponseHeaders().set("Content-Type", "application/rss+xml");
            e.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>again</title></item>".repeat(256).getBytes(StandardCharsets.UTF_8);
            OutputStream out = e.getResponseBody();
            while (finished.getCount() > 0) { // until the client hangs up
                out.write(chunk);
            }
        });
        faults.put("/endless", "body larger than");
        byte[] bomb = gzipBomb(200L * 1024 * 1024);
        server.route("/gzip-bomb", e -> {
            e.getResponseHeaders().set("Content-Encoding", "gzip");
            StubServer.send(e, 200, "application/rss+xml", bomb);
        });
        faults.put("/gzip-bomb", "body larger than");
        server.route("/fifty-megabytes", e -> {
            e.getResponseHeaders().set("Content-Type", "application/rss+xml");
            long size = 50L * 1024 * 1024;
            e.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            OutputStream out = e.getResponseBody();
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk);
            }
        });
        faults.put("/fifty-megabytes", "body larger than");
        server.route("/redirect-loop", e -> {
            e.getResponseHeaders().set("Location", "/redirect-loop");
            e.sendResponseHeaders(302, -1);
        });
        faults.put("/redirect-loop", "redirect");
        server.route("/html", e -> StubServer.send(e, 200, "text/html",
                "<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>"));
        faults.put("/html", "feed");
        server.route("/invalid-xml", e -> StubServer.send(e, 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Broken<item><title>unclosed</channel>"));
        faults.put("/invalid-xml", "/invalid-xml");
        byte[] xxe = Files.readAllBytes(FIXTURES.resolve("xxe.xml"));
        server.route("/xxe", e -> StubServer.send(e, 200, "application/rss+xml", xxe));
        faults.put("/xxe", "/xxe");
        byte[] laughs = Files.readAllBytes(FIXTURES.resolve("laughs.xml"));
        server.route("/billion-laughs", e -> StubServer.send(e, 200, "application/rss+xml", laughs));
        faults.put("/billion-laughs", "/billion-laughs");
        server.route("/304-without-etag", e -> e.sendResponseHeaders(304, -1));
        faults.put("/304-without-etag", "304");
        return faults;
    }

    @Test
    void eachHostileFeedEndsBoundedWithAClearErrorAndBackoffWhileTheHealthyFeedFlows() throws IOException {
        Map<String, String> faults = hostile();
        server.route("/healthy", e -> StubServer.send(e, 200, "application/rss+xml", StubServer.rss("Healthy", "h1", "h2", "h3")));
        // served with no charset and a latin-1 body: read, not refused
        byte[] latin1 = Files.readAllBytes(FIXTURES.resolve("latin1.xml"));
        server.route("/no-charset", e -> StubServer.send(e, 200, "application/xml", latin1));

        List<SourceConfig> configs = new ArrayList<>();
        for (String path : faults.keySet()) {
            configs.add(feed(path));
        }
        configs.add(feed("/healthy"));
        configs.add(feed("/no-charset"));
        FetchSettings settings = new FetchSettings(true, Duration.ofSeconds(1), READ_TIMEOUT, LIMIT, 3, 0,
                Duration.ofHours(1), null);
        sources = new Sources(configs, dir, settings, new Scheduler(BACKING_OFF, Duration.ofMillis(200)), Clock.systemUTC());

        List<RawDocument> documents = new CopyOnWriteArrayList<>();
        Disposable live = sources.live().subscribe(documents::add);
        try {
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, SourceStatus> byId = statuses();
                for (String path : faults.keySet()) {
                    assertThat(byId.get(id(path)).failures()).as(path).isGreaterThanOrEqualTo(1);
                }
                assertThat(documents).as("healthy feed's entries; %s", byId.get("healthy")).extracting(RawDocument::guid)
                        .contains("h1", "h2", "h3");
            });
            // every hostile fetch ended within the overall deadline (connect + 2 × read), most far sooner
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));

            Map<String, SourceStatus> byId = statuses();
            faults.forEach((path, fragment) -> {
                SourceStatus s = byId.get(id(path));
                assertThat(s.state()).as(path).isEqualTo("error");
                assertThat(s.error()).as(path).isNotBlank().containsPattern("(?i)" + fragment);
                // backed off: the next try is at least the error base away, not at the healthy pace
                assertThat(Duration.between(s.lastFetch(), s.nextPoll())).as(path).isGreaterThanOrEqualTo(Duration.ofSeconds(25));
            });
            assertThat(byId.get(id("/healthy")).state()).isEqualTo("ok");
            assertThat(byId.get(id("/no-charset")).state()).isEqualTo("ok");
            assertThat(documents).extracting(RawDocument::origin).noneMatch(o -> faults.keySet().stream().anyMatch(o::endsWith));
        } finally {
            live.dispose();
        }
    }

    private Map<String, SourceStatus> statuses() {
        Map<String, SourceStatus> byId = new LinkedHashMap<>();
        sources.statuses().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static String id(String path) {
        return path.substring(1);
    }

    private SourceConfig feed(String path) {
        return new SourceConfig(id(path), SourceConfig.Type.FEED, server.uri(path).toString(), Duration.ofMillis(200), null, List.of(), 1);
    }

    /** {@code size} zero bytes, gzipped: a few hundred kilobytes that inflate without end. */
    private static byte[] gzipBomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
