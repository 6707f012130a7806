package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class FeedSourceTest {

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
            <id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
            <entry><title>Atom one</title><id>urn:a:1</id><updated>2024-01-01T00:00:00Z</updated>
            <link href="https://news.example.org/a1"/><content type="html">&lt;p&gt;Hello&lt;/p&gt;</content></entry></feed>
            """;

    private final StubServer server = new StubServer();
    private final FetchSettings settings = FetchSettings.defaults().withAllowPrivateNetworks(true);
    private final io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    private final FetchMetrics metrics = new FetchMetrics(registry);
    @TempDir
    Path dir;

    FeedSourceTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedSource feed(String path, FetchSettings s) {
        SourceConfig c = new SourceConfig("f", SourceConfig.Type.FEED, server.uri(path).toString(), null, null, List.of(), 1);
        return new FeedSource(c, dir, new HttpFetcher(s), new FeedParser(), s.maxBodyBytes(), new SourceState(c, Clock.systemUTC()), metrics);
    }

    @Test
    void rssAndAtomServedOverHttpBecomeFeedEntries() {
        server.route("/rss", e -> StubServer.send(e, 200, "application/rss+xml", StubServer.rss("R", "r1", "r2")));
        server.route("/atom", e -> StubServer.send(e, 200, "application/atom+xml", ATOM));

        StepVerifier.create(feed("/rss", settings).fetch().map(RawDocument::guid)).expectNext("r1", "r2").verifyComplete();
        StepVerifier.create(feed("/atom", settings).fetch())
                .assertNext(d -> {
                    assertThat(d.guid()).isEqualTo("urn:a:1");
                    assertThat(d.content()).isEqualTo("<p>Hello</p>");
                    assertThat(d.origin()).isEqualTo(server.uri("/atom") + "#urn:a:1");
                })
                .verifyComplete();
        assertThat(server.requests.get(0).getRequestHeaders().getFirst("User-Agent")).startsWith("Newsriver/");
    }

    @Test
    void loopbackAddressesAreRefusedUnlessPrivateNetworksAreAllowed() {
        server.route("/rss", e -> StubServer.send(e, 200, "application/rss+xml", StubServer.rss("R", "r1")));

        StepVerifier.create(feed("/rss", FetchSettings.defaults()).fetch())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(FetchException.class)
                        .hasMessageContaining("127.0.0.1").hasMessageContaining("loopback or private"))
                .verify(Duration.ofSeconds(10));
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aSecondPollSendsTheValidatorsAndA304YieldsNothing() {
        server.route("/rss", e -> {
            if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                StubServer.send(e, 304, null, new byte[0]);
            } else {
                e.getResponseHeaders().set("ETag", "\"v1\"");
                e.getResponseHeaders().set("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT");
                StubServer.send(e, 200, "application/rss+xml", StubServer.rss("R", "r1"));
            }
        });
        FeedSource feed = feed("/rss", settings);

        StepVerifier.create(feed.fetch()).expectNextCount(1).verifyComplete();
        StepVerifier.create(feed.fetch()).verifyComplete();
        assertThat(registry.counter("newsriver.fetch", "outcome", "ok").count()).isEqualTo(1);
        assertThat(registry.counter("newsriver.fetch", "outcome", "not_modified").count()).isEqualTo(1);
        assertThat(registry.counter("newsriver.source.items", "source", "f").count()).isEqualTo(1);
        assertThat(registry.timer("newsriver.fetch.latency").count()).isEqualTo(2);
        assertThat(registry.get("newsriver.fetch.not_modified.ratio").gauge().value()).isEqualTo(0.5);
        assertThat(server.requests.get(1).getRequestHeaders().getFirst("If-Modified-Since"))
                .isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
        assertThat(server.hits("/rss")).isEqualTo(2);
    }

    @Test
    void oneFailingFeedDoesNotStopTheOthers() throws IOException {
        server.route("/good", e -> StubServer.send(e, 200, "application/rss+xml", StubServer.rss("G", "g1", "g2")));
        server.route("/broken", e -> StubServer.send(e, 500, "text/plain", "oops"));
        server.route("/garbage", e -> StubServer.send(e, 200, "text/html", "<html>not a feed"));
        Path yml = dir.resolve("sources.yml");
        Files.writeString(yml, "sources:\n"
                + "  - {id: broken, type: feed, url: \"" + server.uri("/broken") + "\"}\n"
                + "  - {id: garbage, type: feed, url: \"" + server.uri("/garbage") + "\"}\n"
                + "  - {id: good, type: feed, url: \"" + server.uri("/good") + "\"}\n");
        Sources sources = Sources.load(yml, settings.withRetries(0), dir);

        StepVerifier.create(sources.once().map(RawDocument::guid).sort()).expectNext("g1", "g2")
                .expectComplete().verify(Duration.ofSeconds(20));
        List<SourceStatus> statuses = sources.statuses();
        assertThat(statuses).extracting(SourceStatus::state).containsExactly("error", "error", "ok");
        assertThat(statuses.get(0).httpStatus()).isEqualTo(500);
        assertThat(statuses.get(0).error()).contains("/broken", "HTTP 500");
        assertThat(statuses.get(1).error()).contains("/garbage", "not a readable feed");
        assertThat(statuses.get(2).itemsSeen()).isEqualTo(2);
    }

    @Test
    void repeatedAndChangedGuidsDoNotCreateDuplicatesAndAChangedEntryIsAnUpdate() {
        java.util.concurrent.atomic.AtomicInteger poll = new java.util.concurrent.atomic.AtomicInteger();
        server.route("/churn", e -> {
            String body = switch (poll.incrementAndGet()) {
                case 1 -> rss(item("g1", "/a", "One"), item("g1", "/a", "One"), item("g2", "/b", "Two"));
                case 2 -> rss(item("g1", "/a", "One"), item("new-guid-for-b", "/b", "Two"));
                default -> rss(item("g1", "/a", "One, corrected"), item("g2", "/b", "Two"));
            };
            StubServer.send(e, 200, "application/rss+xml", body);
        });
        FeedSource feed = feed("/churn", settings);

        StepVerifier.create(feed.fetch().map(RawDocument::guid)).expectNext("g1", "g2").verifyComplete();
        StepVerifier.create(feed.fetch()).verifyComplete();
        StepVerifier.create(feed.fetch())
                .assertNext(d -> {
                    assertThat(d.guid()).isEqualTo("g1");
                    assertThat(d.content()).isEqualTo("One, corrected");
                })
                .verifyComplete();
    }

    private static String item(String guid, String path, String body) {
        return "<item><title>T " + path + "</title><guid>" + guid + "</guid><link>https://news.example.org" + path
                + "</link><description>" + body + "</description></item>";
    }

    private static String rss(String... items) {
        return "<rss version=\"2.0\"><channel><title>C</title>" + String.join("", items) + "</channel></rss>";
    }
}
