package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import dev.newsriver.store.StoreFixture;
import dev.newsriver.testing.TcpProxy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
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
 * The database goes away while articles keep arriving: ingestion waits and retries, SSE clients stay
 * connected (their heartbeats go on), and once the database is back every article is stored exactly once
 * and reaches the clients once, in order. The outage is a cut TCP proxy in front of PostgreSQL, 30 s long
 * unless {@code -Dnewsriver.it.outage=…} says otherwise.
 */
class DatabaseOutageIT {
    private static final Duration OUTAGE = Duration.parse("PT" + System.getProperty("newsriver.it.outage", "30s").toUpperCase());
    private static final String[] WORDS = ("harvest rainfall market convoy border council minister village river "
            + "school clinic bridge drought election port railway mine factory festival court highway airport "
            + "cattle millet cotton radio treaty summit budget census dam vaccine").split(" ");

    @TempDir
    Path dir;
    private final String schema = "nr_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final URI pg = URI.create(StoreFixture.PG_URL.replaceFirst("^postgresql:", "http:"));
    private final TcpProxy proxy = new TcpProxy(pg.getHost(), pg.getPort());
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        proxy.close();
        StoreFixture.postgres(schema).drop();
    }

    @Test
    void articlesWrittenWhileTheDatabaseIsAwayAreStoredOnceItIsBackAndClientsStayConnected() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("sources.yml"), "sources:\n  - {id: inbox, type: folder, path: \"" + inbox + "\"}\n");
        String proxied = StoreFixture.PG_URL.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        app = new SpringApplicationBuilder(NewsriverApplication.class).run(
                "--server.port=0",
                "--newsriver.db-url=" + proxied + "&schema=" + schema,
                "--newsriver.data-dir=" + Files.createDirectories(dir.resolve("data")),
                "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--newsriver.stream.heartbeat=1s");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        List<Long> ids = new CopyOnWriteArrayList<>();
        AtomicInteger heartbeats = new AtomicInteger();
        AtomicBoolean ended = new AtomicBoolean();
        Disposable client = WebClient.create("http://127.0.0.1:" + port).get().uri("/stream?duplicates=include&backlog=0")
                .accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .doFinally(signal -> ended.set(true))
                .subscribe(e -> {
                    if ("item".equals(e.event())) {
                        ids.add(Long.parseLong(e.id()));
                    } else if (e.comment() != null) {
                        heartbeats.incrementAndGet();
                    }
                });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> heartbeats.get() > 0);
            write(inbox, 0, 5);
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.size() == 5);

            proxy.cut();
            write(inbox, 5, 10);
            int beatsBefore = heartbeats.get();
            // for the whole outage the client stays connected, and hears the heartbeat
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> !ended.get());
            assertThat(heartbeats.get() - beatsBefore).isGreaterThanOrEqualTo((int) OUTAGE.toSeconds() / 2);
            assertThat(ids).hasSize(5);

            proxy.restore();
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.size() >= 10);
            List<Article> stored = app.getBean(ItemStore.class).after(0, ItemQuery.EVERYTHING, 100).collectList().block(Duration.ofSeconds(10));
            assertThat(stored).extracting(Article::title).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(0, 10).mapToObj(DatabaseOutageIT::title).toList());
            assertThat(ids).hasSize(10).doesNotHaveDuplicates().isSorted()
                    .containsExactlyElementsOf(stored.stream().map(Article::id).toList());
            assertThat(ended).isFalse();
        } finally {
            client.dispose();
        }
    }

    private static String title(int n) {
        return "Dispatch " + n + " from the river desk";
    }

    /** Articles {@code from} to {@code to - 1}, each text its own, so none is a near-copy of another. */
    private static void write(Path inbox, int from, int to) throws IOException {
        for (int n = from; n < to; n++) {
            Random random = new Random(n);
            StringBuilder text = new StringBuilder(title(n)).append("\n\n");
            for (int w = 0; w < 120; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n\n" : " ");
            }
            Path tmp = inbox.resolve("." + n + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, inbox.resolve("dispatch-" + n + ".txt"));
        }
    }
}
