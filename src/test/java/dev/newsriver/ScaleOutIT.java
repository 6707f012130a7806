package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import dev.newsriver.store.StoreFixture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Three instances on one PostgreSQL and a stub server with 200 feeds: every feed is fetched by one
 * instance per period, every item is stored once, every instance's SSE clients see the same items in
 * the same order, and when one instance stops the others take its feeds over without losing or
 * repeating an item.
 */
class ScaleOutIT {
    private static final int FEEDS = 200;
    private static final Duration INTERVAL = Duration.ofSeconds(4);

    @TempDir
    Path dir;
    private final String schema = "nr_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private HttpServer stub;
    private final AtomicInteger entriesPerFeed = new AtomicInteger(1);
    private final Map<String, List<Long>> fetches = new ConcurrentHashMap<>();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void startStubFeeds() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        stub.setExecutor(Executors.newFixedThreadPool(8));
        stub.createContext("/feeds/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            fetches.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            byte[] body = rss(path.replaceAll("\\D", ""), entriesPerFeed.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        StringBuilder yml = new StringBuilder("sources:\n");
        for (int n = 0; n < FEEDS; n++) {
            yml.append("  - {id: feed-").append(n).append(", type: feed, url: \"http://127.0.0.1:")
                    .append(stub.getAddress().getPort()).append("/feeds/").append(n).append(".xml\", interval: 4s}\n");
        }
        Files.writeString(dir.resolve("sources.yml"), yml);
    }

    private static String rss(String feed, int entries) {
        StringBuilder items = new StringBuilder();
        for (int e = 1; e <= entries; e++) {
            items.append("<item><title>Report ").append(e).append(" from desk ").append(feed).append("</title>")
                    .append("<guid isPermaLink=\"false\">desk-").append(feed).append("-").append(e).append("</guid>")
                    .append("<description>Desk ").append(feed).append(" files report number ").append(e)
                    .append(" about harvests, markets and rainfall in the region of desk ").append(feed)
                    .append(", with figures ").append(feed).append(e).append(" and ").append(e).append(feed)
                    .append(".</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Desk " + feed
                + "</title><link>http://desk.example/" + feed + "</link><description>Desk</description>" + items
                + "</channel></rss>";
    }

    private ConfigurableApplicationContext instance(int i) throws IOException {
        return new SpringApplicationBuilder(NewsriverApplication.class).run(
                "--server.port=0",
                "--newsriver.db-url=" + StoreFixture.PG_URL + "&schema=" + schema,
                "--newsriver.data-dir=" + Files.createDirectories(dir.resolve("data-" + i)),
                "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--newsriver.fetch.allow-private-networks=true",
                "--newsriver.instance-id=instance-" + i,
                "--logging.level.dev.newsriver.source=WARN");
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        stub.stop(0);
        StoreFixture.postgres(schema).drop();
    }

    private static ItemStore store(ConfigurableApplicationContext app) {
        return app.getBean(ItemStore.class);
    }

    private static List<Article> items(ConfigurableApplicationContext app) {
        return store(app).after(0, ItemQuery.EVERYTHING, 10_000).collectList().block(Duration.ofSeconds(10));
    }

    /** An SSE client on an instance, collecting item ids from the start of the river. */
    private static Disposable follow(ConfigurableApplicationContext app, List<Long> ids) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebClient.create("http://127.0.0.1:" + port).get().uri("/stream?lastEventId=0")
                .accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .filter(e -> "item".equals(e.event()))
                .subscribe(e -> ids.add(Long.parseLong(e.id())));
    }

    @Test
    void instancesShareFeedsStoreOnceAgreeOnOrderAndTakeOverFromAStoppedOne() throws IOException {
        for (int i = 0; i < 3; i++) {
            instances.add(instance(i));
        }
        List<List<Long>> seen = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<Disposable> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(follow(instances.get(i), seen.get(i)));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> items(instances.get(0)).size() == FEEDS);
        // let every feed come due a few more times
        long window = System.nanoTime();
        await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(11)).until(() -> true);
        fetches.forEach((feed, times) -> {
            List<Long> recent = times.stream().filter(t -> t >= window - INTERVAL.toNanos()).sorted().toList();
            for (int k = 1; k < recent.size(); k++) {
                assertThat(Duration.ofNanos(recent.get(k) - recent.get(k - 1)))
                        .as("time between two fetches of %s", feed).isGreaterThan(INTERVAL.multipliedBy(8).dividedBy(10));
            }
        });

        entriesPerFeed.set(2);
        instances.remove(0).close();
        clients.get(0).dispose();
        await().atMost(Duration.ofSeconds(60)).until(() -> items(instances.get(0)).size() == 2 * FEEDS);

        List<Article> stored = items(instances.get(0));
        assertThat(stored).extracting(a -> a.source().id() + "/" + a.guid()).doesNotHaveDuplicates().hasSize(2 * FEEDS);
        List<Long> ids = stored.stream().map(Article::id).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.get(1).size() == 2 * FEEDS && seen.get(2).size() == 2 * FEEDS);
        assertThat(seen.get(1)).isEqualTo(ids);
        assertThat(seen.get(2)).isEqualTo(ids);
        assertThat(seen.get(0)).isEqualTo(ids.subList(0, seen.get(0).size()));
        clients.forEach(Disposable::dispose);
    }
}
