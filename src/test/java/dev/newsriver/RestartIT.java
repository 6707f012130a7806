package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;

/** Restarting on the same data directory keeps every item and ingests none of them twice. */
class RestartIT {
    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NewsriverApplication.class)
                .run("--server.port=0", "--newsriver.data-dir=" + dataDir);
    }

    private static double processed(ConfigurableApplicationContext app) {
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        return meters.find("newsriver.pipeline.documents").counters().stream()
                .filter(c -> !"skipped".equals(c.getId().getTag("outcome"))).mapToDouble(c -> c.count()).sum();
    }

    private static List<Article> items(ConfigurableApplicationContext app) {
        return app.getBean(ItemStore.class).newest(new ItemQuery(null, null, null, null, true), null, 1000)
                .collectList().block(Duration.ofSeconds(10));
    }

    @Test
    void aRestartKeepsEveryItemAndIngestsNoneTwice() {
        int expected = DefaultSources.expectedItems();
        List<Article> before;
        try (ConfigurableApplicationContext app = start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> items(app).size() >= expected);
            before = items(app);
        }
        try (ConfigurableApplicationContext app = start()) {
            // every document of the default sources went through the pipeline again …
            await().atMost(Duration.ofSeconds(60)).until(() -> processed(app) >= expected + 1);
            // … and found its item already stored
            assertThat(items(app)).isEqualTo(before);
            // a client that saw items before the restart resumes after its last one, without a reset
            List<Long> ids = before.stream().map(Article::id).sorted().toList();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<ServerSentEvent<String>> events = WebClient.create("http://127.0.0.1:" + port).get().uri("/stream")
                    .header("Last-Event-ID", ids.get(2).toString()).accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                    })
                    .filter(e -> e.event() != null).take(2).collectList().block(Duration.ofSeconds(30));
            assertThat(events).extracting(ServerSentEvent::event).containsOnly("item");
            assertThat(events).extracting(e -> Long.parseLong(e.id())).containsExactly(ids.get(3), ids.get(4));
        }
    }
}
