package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.source.SourceStatus;
import dev.newsriver.source.Sources;
import dev.newsriver.testing.HostileFeeds;
import dev.newsriver.testing.HostileMarkup;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile markup in every field a feed can fill — titles, authors, categories, content — and in a source's
 * name, from the classic vectors in {@code src/test/resources/xss/vectors.txt} and feedparser's
 * {@code sanitize} suite (when {@code ../shared/corpora} is present): none of it comes out of
 * {@code /feed.*}, {@code /stream}, {@code /api/*} or {@code /opml} able to run or to hide the page.
 */
class HostileContentIT {
    private static final Path SANITIZE = Path.of("../shared/corpora/feedparser-wellformed/sanitize");
    private static final String EVIL_NAME = "Desk <script>window.__xss=1</script><img src=x onerror=window.__xss=1>";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private ConfigurableApplicationContext app;
    private WebClient web;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("vectors.xml"), HostileFeeds.rss(HostileFeeds.vectors(), EVIL_NAME));
        if (Files.isDirectory(SANITIZE)) {
            try (Stream<Path> files = Files.list(SANITIZE)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    Files.copy(f, inbox.resolve("sanitize-" + f.getFileName()));
                }
            }
        }
        Files.writeString(dir.resolve("sources.yml"), "sources:\n  - id: inbox\n    type: folder\n    path: \"" + inbox
                + "\"\n    name: " + JSON.writeValueAsString(EVIL_NAME) + "\n");
        app = new SpringApplicationBuilder(NewsriverApplication.class).run(
                "--server.port=0",
                "--newsriver.data-dir=" + dir.resolve("data"),
                "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--logging.level.dev.newsriver.source=WARN");
        web = WebClient.builder().baseUrl("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort())
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        Sources sources = app.getBean(Sources.class);
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        // the folder has been read, and everything it gave has been through the pipeline
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            SourceStatus s = sources.statuses().get(0);
            double processed = meters.find("newsriver.pipeline.documents").counters().stream().mapToDouble(c -> c.count()).sum();
            assertThat(s.state()).as("the folder's first scan is done; %s", s).isEqualTo("ok");
            assertThat(s.itemsSeen()).as("documents read from the folder; %s", s).isPositive();
            assertThat(processed).as("documents through the pipeline; %s", s).isGreaterThanOrEqualTo(s.itemsSeen());
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void noHostileMarkupComesOutOfAnyOutput() throws Exception {
        JsonNode items = json("/api/items?limit=1000&duplicates=include");
        assertThat(items.size()).as("items ingested from the hostile folder").isGreaterThanOrEqualTo(HostileFeeds.vectors().size());
        for (JsonNode item : items) {
            apiItem("/api/items", item);
        }
        for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
            String id = it.next().get("id").asText();
            apiItem("/api/items/" + id, json("/api/items/" + id));
            break;
        }
        for (JsonNode story : json("/api/stories?limit=200")) {
            for (JsonNode item : story.path("items")) {
                apiItem("/api/stories", item);
            }
        }
        walkText("/api/tags", json("/api/tags"));
        walkText("/api/sources", json("/api/sources"));

        rss(get("/feed.xml?limit=500&duplicates=include"));
        atom(get("/feed.atom?limit=500&duplicates=include"));
        jsonFeed(json("/feed.json?limit=500&duplicates=include"));
        opml(get("/opml"));
        opml(get("/opml/sources"));

        List<ServerSentEvent<String>> events = web.get().uri("/stream?backlog=1000&duplicates=include")
                .accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .filter(e -> "item".equals(e.event())).take(items.size()).collectList().block(Duration.ofSeconds(60));
        assertThat(events).hasSize(items.size());
        for (ServerSentEvent<String> e : events) {
            apiItem("/stream", JSON.readTree(e.data()));
        }

        assertThat(problems).isEmpty();
    }

    private void apiItem(String where, JsonNode item) {
        for (String field : List.of("title", "author", "siteName")) {
            problems.addAll(HostileMarkup.inText(where + " " + field, item.path(field).asText(null)));
        }
        problems.addAll(HostileMarkup.inHtml(where + " html", item.path("html").asText(null)));
        problems.addAll(HostileMarkup.inText(where + " source.name", item.path("source").path("name").asText(null)));
        for (JsonNode tag : item.path("tags")) {
            problems.addAll(HostileMarkup.inText(where + " tag", tag.path("label").asText(null)));
        }
        for (JsonNode category : item.path("categories")) {
            problems.addAll(HostileMarkup.inText(where + " category", category.asText(null)));
        }
    }

    /** Every string in a JSON tree is plain text. */
    private void walkText(String where, JsonNode node) {
        if (node.isString()) {
            problems.addAll(HostileMarkup.inText(where, node.asText()));
        }
        for (JsonNode child : node) {
            walkText(where, child);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walkText(where + "." + e.getKey(), e.getValue());
            }
        }
    }

    private void rss(String xml) throws Exception {
        Document doc = xml(xml);
        text("/feed.xml", doc, "title");
        text("/feed.xml", doc, "author");
        text("/feed.xml", doc, "category");
        text("/feed.xml", doc, "dc:creator");
        html("/feed.xml", doc, "description");
        html("/feed.xml", doc, "content:encoded");
    }

    private void atom(String xml) throws Exception {
        Document doc = xml(xml);
        text("/feed.atom", doc, "title");
        text("/feed.atom", doc, "name");
        NodeList categories = doc.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            Element c = (Element) categories.item(i);
            problems.addAll(HostileMarkup.inText("/feed.atom category", c.getAttribute("term")));
            problems.addAll(HostileMarkup.inText("/feed.atom category", c.getAttribute("label")));
        }
        html("/feed.atom", doc, "content");
        html("/feed.atom", doc, "summary");
    }

    private void jsonFeed(JsonNode feed) {
        problems.addAll(HostileMarkup.inText("/feed.json title", feed.path("title").asText(null)));
        for (JsonNode item : feed.path("items")) {
            problems.addAll(HostileMarkup.inText("/feed.json item title", item.path("title").asText(null)));
            problems.addAll(HostileMarkup.inHtml("/feed.json content_html", item.path("content_html").asText(null)));
            for (JsonNode author : item.path("authors")) {
                problems.addAll(HostileMarkup.inText("/feed.json author", author.path("name").asText(null)));
            }
            for (JsonNode tag : item.path("tags")) {
                problems.addAll(HostileMarkup.inText("/feed.json tag", tag.asText(null)));
            }
        }
    }

    private void opml(String xml) throws Exception {
        NodeList outlines = xml(xml).getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            problems.addAll(HostileMarkup.inText("/opml text", o.getAttribute("text")));
            problems.addAll(HostileMarkup.inText("/opml title", o.getAttribute("title")));
            for (String url : List.of("xmlUrl", "htmlUrl")) {
                assertThat(o.getAttribute(url).toLowerCase()).as("/opml " + url).doesNotStartWith("javascript:");
            }
        }
    }

    private void text(String where, Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            problems.addAll(HostileMarkup.inText(where + " <" + tag + ">", nodes.item(i).getTextContent()));
        }
    }

    private void html(String where, Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            problems.addAll(HostileMarkup.inHtml(where + " <" + tag + ">", nodes.item(i).getTextContent()));
        }
    }

    private static Document xml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private String get(String uri) {
        return web.get().uri(uri).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(30));
    }

    private JsonNode json(String uri) {
        return JSON.readTree(get(uri));
    }

}
