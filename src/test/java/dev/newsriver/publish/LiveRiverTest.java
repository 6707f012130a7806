package dev.newsriver.publish;

import static dev.newsriver.testing.Articles.article;
import static dev.newsriver.testing.Articles.tag;
import static dev.newsriver.testing.Articles.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.Tag;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import dev.newsriver.store.StoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class LiveRiverTest {
    @TempDir
    Path dataDir;
    private StoreFixture fixture;
    private ItemStore store;

    @BeforeEach
    void open() {
        fixture = StoreFixture.h2(dataDir);
        store = fixture.store();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Article save(String guid, Tag... tags) {
        return store.saveIfNew(article(guid, words(guid, 10)).tags(List.of(tags))
                .fingerprint(new Fingerprint(guid, new long[0])).story("s-" + guid).build()).block();
    }

    @Test
    void aClientGetsStoredItemsAfterItsIdThenLiveOnesWithoutGapOrRepeat() {
        Article a = save("a");
        save("b");
        LiveRiver river = new LiveRiver(store, 16);
        StepVerifier.create(river.after(a.id(), ItemQuery.ALL).map(p -> p.article().guid()).take(3))
                .expectNext("b")
                .then(() -> save("c"))
                .expectNext("c")
                .then(() -> save("d"))
                .expectNext("d")
                .expectComplete().verify(Duration.ofSeconds(10));
    }

    @Test
    void liveItemsAreFilteredLikeStoredOnes() {
        LiveRiver river = new LiveRiver(store, 16);
        StepVerifier.create(river.after(0, new ItemQuery("sahel", null, null, null, false)).map(p -> p.article().guid()).take(1))
                .then(() -> {
                    save("elsewhere");
                    save("in-sahel", tag("sahel", Tag.Kind.REGION));
                })
                .expectNext("in-sahel")
                .expectComplete().verify(Duration.ofSeconds(10));
    }

    @Test
    void aClientThatFallsTooFarBehindIsEndedAndResumesFromTheStore() {
        LiveRiver river = new LiveRiver(store, 2);
        save("item0");
        StepVerifier.create(river.after(0, ItemQuery.ALL), 1)
                .expectNextCount(1) // the replay from the store is done: what follows is live
                .then(() -> {
                    for (int i = 1; i <= 4; i++) {
                        save("item" + i);
                    }
                    await().atMost(Duration.ofSeconds(10)).until(() -> river.slowClientsEnded() == 1);
                })
                .thenRequest(10)
                .thenConsumeWhile(p -> true) // what fitted in the buffer before it overflowed, at most two items
                .expectError(LiveRiver.SlowClientException.class)
                .verify(Duration.ofSeconds(10));
        assertThat(river.after(0, ItemQuery.ALL).take(5).map(p -> p.article().guid()).collectList().block(Duration.ofSeconds(10)))
                .containsExactly("item0", "item1", "item2", "item3", "item4");
    }

    @Test
    void itemsThatReachAClientTogetherAreOneWriteEncodedOnceForEveryClient() {
        LiveRiver.Batch batch = new LiveRiver.Batch(List.of(LiveRiver.Published.of(save("x")), LiveRiver.Published.of(save("y"))), true);
        byte[] x = batch.items().get(0).frame();
        byte[] y = batch.items().get(1).frame();
        byte[] expected = new byte[x.length + y.length];
        System.arraycopy(x, 0, expected, 0, x.length);
        System.arraycopy(y, 0, expected, x.length, y.length);

        assertThat(batch.frames()).isEqualTo(expected).isSameAs(batch.frames());
        assertThat(batch.filter(p -> true)).isSameAs(batch);
        assertThat(batch.directFrames().duplicate()).isEqualTo(java.nio.ByteBuffer.wrap(expected));
        assertThat(batch.directFrames().isDirect()).isTrue();
        assertThat(batch.filter(p -> false)).isNull();
        assertThat(batch.filter(p -> p.article().guid().equals("y")).frames()).isEqualTo(y);
    }

    @Test
    void aBurstReachesEveryClientCompleteAndInOrderWhateverTheBatches() {
        LiveRiver river = new LiveRiver(store, 1000, 2);
        List<StepVerifier> clients = IntStream.range(0, 6)
                .mapToObj(i -> StepVerifier.create(river.after(0, ItemQuery.ALL).map(p -> p.article().guid()).take(200).collectList())
                        .assertNext(guids -> assertThat(guids).containsExactlyElementsOf(
                                IntStream.range(0, 200).mapToObj(n -> "burst" + n).toList()))
                        .expectComplete().verifyLater())
                .toList();
        for (int n = 0; n < 200; n++) {
            save("burst" + n);
        }
        clients.forEach(c -> c.verify(Duration.ofSeconds(20)));
    }

    @Test
    void aClientThatNeverReadsIsEndedWithoutReadingWhatWaitsForIt() {
        LiveRiver river = new LiveRiver(store, 2);
        save("item0");
        StepVerifier.create(river.batchesAfter(1, ItemQuery.ALL), 0)
                .then(() -> {
                    for (int i = 1; i <= 4; i++) {
                        save("item" + i);
                    }
                })
                .expectError(LiveRiver.SlowClientException.class)
                .verify(Duration.ofSeconds(10));
        assertThat(river.clients()).isZero();
    }
}
