package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class HttpFetcherTest {

    private final StubServer server = new StubServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private final FetchSettings settings = new FetchSettings(true, Duration.ofSeconds(2), Duration.ofMillis(500),
            10_000, 2, 0, Duration.ofMinutes(15), "Newsriver-test/1");
    private final HttpFetcher fetcher = new HttpFetcher(settings);

    HttpFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhileStreaming() {
        server.route("/big", e -> {
            e.sendResponseHeaders(200, 0);                       // chunked: no Content-Length to check up front
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(new byte[1000]);
                }
            }
        });

        StepVerifier.create(fetcher.get(server.uri("/big"), null, null))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(FetchException.class).hasMessageContaining("/big", "larger than 10000 bytes"))
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void gzipBodiesAreDecodedAndTheLimitAppliesAfterDecoding() throws IOException {
        byte[] feed = StubServer.rss("Z", "z1").getBytes(StandardCharsets.UTF_8);
        byte[] bomb = gzip(new byte[200_000]);
        server.route("/gz", e -> {
            e.getResponseHeaders().set("Content-Encoding", "gzip");
            StubServer.send(e, 200, "application/rss+xml", gzip(feed));
        });
        server.route("/bomb", e -> {
            e.getResponseHeaders().set("Content-Encoding", "gzip");
            StubServer.send(e, 200, "application/rss+xml", bomb);
        });

        StepVerifier.create(fetcher.get(server.uri("/gz"), null, null))
                .assertNext(r -> assertThat(r.body()).isEqualTo(feed)).verifyComplete();
        assertThat(server.requests.get(0).getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
        assertThat(bomb.length).isLessThan(10_000);
        StepVerifier.create(fetcher.get(server.uri("/bomb"), null, null))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("larger than 10000 bytes"))
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void aServerThatStaysSilentTimesOut() {
        server.route("/slow", e -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });

        StepVerifier.create(fetcher.get(server.uri("/slow"), null, null))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(FetchException.class).hasMessageContaining("/slow"))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() {
        server.route("/a", e -> redirect(e, "/b"));
        server.route("/b", e -> redirect(e, "/feed"));
        server.route("/feed", e -> StubServer.send(e, 200, "application/rss+xml", StubServer.rss("F", "f1")));
        server.route("/loop", e -> redirect(e, "/loop"));

        StepVerifier.create(fetcher.get(server.uri("/a"), null, null))
                .assertNext(r -> assertThat(r.finalUri()).isEqualTo(server.uri("/feed"))).verifyComplete();
        StepVerifier.create(fetcher.get(server.uri("/loop"), null, null))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("more than 2 redirects"))
                .verify(Duration.ofSeconds(10));
        assertThat(server.hits("/loop")).isEqualTo(3);
    }

    @Test
    void retryAfterAndCacheControlAreReported() {
        server.route("/busy", e -> {
            e.getResponseHeaders().set("Retry-After", "120");
            StubServer.send(e, 503, "text/plain", "busy");
        });
        server.route("/fresh", e -> {
            e.getResponseHeaders().set("Cache-Control", "public, max-age=1800");
            StubServer.send(e, 200, "application/rss+xml", StubServer.rss("F", "f1"));
        });

        StepVerifier.create(fetcher.get(server.uri("/busy"), null, null))
                .expectErrorSatisfies(e -> {
                    assertThat(((FetchException) e).status()).isEqualTo(503);
                    assertThat(((FetchException) e).retryAfter()).isEqualTo(Duration.ofSeconds(120));
                })
                .verify(Duration.ofSeconds(10));
        StepVerifier.create(fetcher.get(server.uri("/fresh"), null, null))
                .assertNext(r -> assertThat(r.freshFor()).isEqualTo(Duration.ofMinutes(30))).verifyComplete();
    }

    @Test
    void transientFailuresAreRetriedABoundedNumberOfTimes() {
        HttpFetcher retrying = new HttpFetcher(settings.withRetries(2));
        server.route("/flaky", e -> StubServer.send(e, 502, "text/plain", "bad gateway"));

        StepVerifier.create(retrying.get(server.uri("/flaky"), null, null))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("HTTP 502"))
                .verify(Duration.ofSeconds(20));
        assertThat(server.hits("/flaky")).isEqualTo(3);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange e, String to) throws IOException {
        e.getResponseHeaders().set("Location", to);
        StubServer.send(e, 302, null, new byte[0]);
    }
}
