package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port with the default sources (seeds and sample feeds): items arrive,
 * {@code /stream} delivers them and resumes after {@code Last-Event-ID}, {@code /feed.xml} is RSS that ROME
 * reads, and the API lists them newest first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiverIT {
    @TempDir
    static Path dataDir;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsriver.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;
    private WebClient http;

    @BeforeEach
    void waitForTheRiver() {
        http = WebClient.builder().codecs(c -> c.defaultCodecs().maxInMemorySize(16 << 20)).baseUrl("http://127.0.0.1:" + port).build();
        int expected = DefaultSources.expectedItems();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> json("/api/stats").get("items").asInt() >= expected);
    }

    private JsonNode json(String uri) {
        return JSON.readTree(http.get().uri(uri).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(30)));
    }

    private List<ServerSentEvent<String>> items(String uri, String lastEventId, int n) {
        return http.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> {
                    if (lastEventId != null) {
                        h.set("Last-Event-ID", lastEventId);
                    }
                })
                .retrieve().bodyToFlux(SSE)
                .filter(e -> "item".equals(e.event()))
                .take(n).collectList().block(Duration.ofSeconds(20));
    }

    @Test
    void everyDefaultItemIsStoredOnceAndTheSeedsAreTagged() {
        JsonNode items = json("/api/items?limit=1000&duplicates=include");
        assertThat(items.size()).isEqualTo(DefaultSources.expectedItems());
        long copiesOf003 = items.valueStream()
                .filter(i -> i.get("title").asString().equals("The United States agrees to withdraw its forces from Niger"))
                .count();
        assertThat(copiesOf003).isEqualTo(1);
        items.valueStream().filter(i -> i.get("source").get("id").asString().equals("seeds")).forEach(seed -> {
            assertThat(seed.get("regions").valueStream().map(JsonNode::asString))
                    .contains("niger", "sahel", "west-africa", "africa");
            assertThat(seed.get("topics").valueStream().map(JsonNode::asString)).contains("us-troops");
        });
    }

    @Test
    void theStreamDeliversItemsInIdOrderAndResumesAfterLastEventId() {
        List<ServerSentEvent<String>> first = items("/stream?backlog=1000", null, DefaultSources.expectedItems() - 1);
        List<Long> ids = first.stream().map(e -> Long.parseLong(e.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        String middle = first.get(first.size() / 2).id();
        List<ServerSentEvent<String>> resumed = items("/stream", middle, 2);
        assertThat(resumed).extracting(e -> Long.parseLong(e.id())).allMatch(id -> id > Long.parseLong(middle))
                .containsExactly(ids.get(first.size() / 2 + 1), ids.get(first.size() / 2 + 2));
        assertThat(JSON.readTree(resumed.get(0).data()).get("id").asString()).isEqualTo(resumed.get(0).id());
    }

    @Test
    void theStreamFiltersByRegion() {
        List<ServerSentEvent<String>> sahel = items("/stream?region=sahel&backlog=1000", null, 5);
        assertThat(sahel).allSatisfy(e -> assertThat(JSON.readTree(e.data()).get("regions").valueStream()
                .map(JsonNode::asString)).contains("sahel"));
    }

    @Test
    void anUnknownLastEventIdGetsAnExplicitReset() {
        ServerSentEvent<String> first = http.get().uri("/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "999999999").retrieve().bodyToFlux(SSE)
                .filter(e -> e.event() != null).blockFirst(Duration.ofSeconds(20));
        assertThat(first.event()).isEqualTo("reset");
        assertThat(JSON.readTree(first.data()).get("lastEventId").asString()).isEqualTo("999999999");
    }

    @Test
    void theRssFeedIsReadByRomeNewestFirstAndAnswersConditionalRequests() throws Exception {
        var response = http.get().uri("/feed.xml").retrieve().toEntity(String.class).block(Duration.ofSeconds(30));
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/rss+xml");
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed = input.build(new StringReader(response.getBody()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        JsonNode api = json("/api/items?limit=1000");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactlyElementsOf(api.valueStream().map(i -> i.get("title").asString()).toList());
        var again = http.get().uri("/feed.xml").header("If-None-Match", response.getHeaders().getETag())
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void newsboatSubscribedToTheFeedListsTheSeedTitles(@TempDir Path home) throws Exception {
        List<String> titles = Newsboat.titlesOf("http://127.0.0.1:" + port + "/feed.xml", home);
        assertThat(titles).contains(
                "Niger determined to expel US forces, diplomat says - Exclusive",
                "On Niger's orders, US initiates withdrawal, albeit 'slow'",
                "US orders all combat troops to withdraw from Niger",
                "The United States agrees to withdraw its forces from Niger",
                "The military junta in Niger ends cooperation with the United States and soldiers are forced to leave");
    }

    @Test
    void anEventSourceClientGetsEveryItemOnceAndInOrderAcrossAReconnect() throws Exception {
        Path script = Path.of("src/test/node/sse-resume.mjs");
        assumeTrue(Files.isDirectory(Path.of("src/test/node/node_modules/eventsource")),
                "run npm ci --prefix src/test/node first (.ci/run does)");
        Process node = new ProcessBuilder("node", script.toString(), "http://127.0.0.1:" + port,
                Integer.toString(DefaultSources.expectedItems())).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).startsWith("OK");
        assertThat(node.exitValue()).isZero();
    }

    @Test
    void sourcesTagsAndOpmlDescribeTheRiver() {
        JsonNode sources = json("/api/sources");
        assertThat(sources.valueStream().map(n -> n.get("id").asString())).contains("seeds", "sample-rss", "sample-atom");
        assertThat(sources.valueStream().filter(n -> n.get("id").asString().equals("seeds")).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("ok");
        JsonNode sahel = json("/api/tags").get("regions").valueStream()
                .filter(t -> t.get("id").asString().equals("sahel")).findFirst().orElseThrow();
        assertThat(sahel.get("count").asInt()).isGreaterThanOrEqualTo(5);
        String opml = http.get().uri("/opml").retrieve().bodyToMono(String.class).block(Duration.ofSeconds(30));
        assertThat(opml).contains("xmlUrl=\"http://127.0.0.1:" + port + "/regions/sahel/feed.xml\"",
                "xmlUrl=\"http://127.0.0.1:" + port + "/topics/us-troops/feed.xml\"");
    }

    @Test
    void changingStateNeedsATokenAndErrorsNameOnlyTheProblem() {
        var refresh = http.post().uri("/api/sources/refresh/seeds").retrieve().toBodilessEntity()
                .onErrorResume(org.springframework.web.reactive.function.client.WebClientResponseException.class,
                        e -> reactor.core.publisher.Mono.just(org.springframework.http.ResponseEntity.status(e.getStatusCode()).build()))
                .block(Duration.ofSeconds(30));
        assertThat(refresh.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var bad = http.get().uri("/api/items?limit=lots").exchangeToMono(r -> r.bodyToMono(String.class)
                .map(body -> r.statusCode().value() + " " + body)).block(Duration.ofSeconds(30));
        assertThat(bad).startsWith("400").contains("limit must be a whole number of at least 1").doesNotContain("Exception", "at dev.");
    }

    @Test
    void anotherSiteMayReadTheFeeds() {
        var feed = http.get().uri("/feed.json").header("Origin", "https://reader.example").retrieve()
                .toBodilessEntity().block(Duration.ofSeconds(30));
        assertThat(feed.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
    }

    @Test
    void forgedForwardedHeadersAndMarkupInATagPathMakeNoLinkOrTitle() {
        var forged = http.get().uri("/feed.atom?x=/;alert(document.domain)//")
                .header("X-Forwarded-Proto", "javascript").header("X-Forwarded-Host", "(")
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())).block(Duration.ofSeconds(30));
        assertThat(forged).isEqualTo(400);
        var forgedOpml = http.get().uri("/opml").header("X-Forwarded-Proto", "javascript")
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())).block(Duration.ofSeconds(30));
        assertThat(forgedOpml).isEqualTo(400);
        var markup = http.get().uri("/regions/{id}/feed.xml", "<img src=x onerror=alert(1)>")
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())).block(Duration.ofSeconds(30));
        assertThat(markup).isEqualTo(404);
        // another host, sent by a proxy or not, gets its own copy in any shared cache
        var proxied = http.get().uri("/feed.xml").header("X-Forwarded-Host", "news.example")
                .header("X-Forwarded-Proto", "https").retrieve().toEntity(String.class).block(Duration.ofSeconds(30));
        assertThat(proxied.getBody()).contains("https://news.example/feed.xml");
        assertThat(proxied.getHeaders().getVary()).contains("X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded");
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndForeignScripts() {
        for (String path : new String[] {"/", "/feed.xml", "/feed.json", "/api/items", "/opml", "/no-such-page"}) {
            var h = http.get().uri(path).exchangeToMono(r -> reactor.core.publisher.Mono.just(r.headers().asHttpHeaders()))
                    .block(Duration.ofSeconds(30));
            assertThat(h.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(h.getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(h.getFirst("Content-Security-Policy")).as(path).contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe");
        }
    }

    @Test
    void storiesGroupSeed000With002() {
        JsonNode stories = json("/api/stories?limit=200");
        JsonNode group = stories.valueStream()
                .filter(s -> s.get("items").valueStream().anyMatch(i -> i.get("guid").asString().startsWith("000_")))
                .findFirst().orElseThrow();
        assertThat(group.get("items").valueStream().map(i -> i.get("guid").asString()))
                .anyMatch(g -> g.startsWith("002_"));
    }

    @Test
    void theApiListsItemsNewestFirstAndPagesBack() {
        JsonNode page1 = json("/api/items?limit=2");
        assertThat(page1.size()).isEqualTo(2);
        long first = Long.parseLong(page1.get(0).get("id").asString());
        long second = Long.parseLong(page1.get(1).get("id").asString());
        assertThat(first).isGreaterThan(second);
        JsonNode page2 = json("/api/items?limit=2&before=" + second);
        assertThat(Long.parseLong(page2.get(0).get("id").asString())).isLessThan(second);
        assertThat(json("/api/stats").get("items").asLong()).isEqualTo(DefaultSources.expectedItems());
    }
}
