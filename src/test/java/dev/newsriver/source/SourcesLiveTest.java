package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class SourcesLiveTest {

    private static final PollPolicy FAST = new PollPolicy(Duration.ofMillis(50), Duration.ofHours(1),
            Duration.ofMillis(100), Duration.ofMillis(400), 0.0, () -> 0.5);

    private final StubServer server = new StubServer();
    @TempDir
    Path dir;

    SourcesLiveTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFailingFeedRecoversOnItsOwnAndARefreshPollsItAtOnce() {
        AtomicInteger requests = new AtomicInteger();
        server.route("/flaky", e -> {
            int n = requests.incrementAndGet();
            if (n <= 2) {
                StubServer.send(e, 500, "text/plain", "down");
            } else {
                StubServer.send(e, 200, "application/rss+xml", n == 3 ? StubServer.rss("F", "g1") : StubServer.rss("F", "g1", "g2"));
            }
        });
        SourceConfig flaky = new SourceConfig("flaky", SourceConfig.Type.FEED, server.uri("/flaky").toString(),
                Duration.ofHours(1), null, List.of(), 1);
        Sources sources = new Sources(List.of(flaky), dir, FetchSettings.defaults().withAllowPrivateNetworks(true).withRetries(0),
                new Scheduler(FAST, Duration.ofHours(1)), Clock.systemUTC());

        StepVerifier.create(sources.live().map(RawDocument::guid))
                .expectNext("g1")
                .then(() -> {
                    SourceStatus status = sources.statuses().get(0);
                    assertThat(status.state()).isEqualTo("ok");
                    assertThat(status.httpStatus()).isEqualTo(200);
                    assertThat(status.itemsSeen()).isEqualTo(1);
                    assertThat(server.hits("/flaky")).isEqualTo(3);
                })
                .then(() -> sources.refresh("flaky").block())
                .expectNext("g2")
                .thenCancel()
                .verify(Duration.ofSeconds(15));
        assertThat(sources.statuses().get(0).interval()).isEqualTo(Duration.ofHours(1));
    }
}
