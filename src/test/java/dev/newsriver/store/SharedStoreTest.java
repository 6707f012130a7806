package dev.newsriver.store;

import static dev.newsriver.testing.Articles.article;
import static dev.newsriver.testing.Articles.words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Two instances on one PostgreSQL: exactly-once storage and the same committed stream on both. */
class SharedStoreTest {
    private final String schema = "nr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final StoreFixture one = StoreFixture.postgres(schema);
    private final StoreFixture two = StoreFixture.postgres(schema);

    @AfterEach
    void close() {
        two.close();
        one.drop();
    }

    private static Article item(String guid) {
        return article(guid, words(guid, 20)).fingerprint(new Fingerprint("h-" + guid, new long[0])).story("s").build();
    }

    @Test
    void twoInstancesRacingOnTheSameItemsStoreEachOnceAndBothSeeEveryItemInIdOrder() throws Exception {
        int n = 60;
        var seenByOne = one.store().committed().take(n).map(Article::id).collectList().toFuture();
        var seenByTwo = two.store().committed().take(n).map(Article::id).collectList().toFuture();
        // both instances try to store the same n items at once
        Flux<Article> fromOne = Flux.range(0, n).concatMap(i -> one.store().saveIfNew(item("item" + i)));
        Flux<Article> fromTwo = Flux.range(0, n).concatMap(i -> two.store().saveIfNew(item("item" + i)));
        List<Article> stored = Flux.merge(fromOne.subscribeOn(Schedulers.boundedElastic()),
                fromTwo.subscribeOn(Schedulers.boundedElastic())).collectList().block(Duration.ofSeconds(60));

        assertThat(stored).hasSize(n);
        assertThat(one.store().count().block()).isEqualTo(n);
        List<Long> ids = stored.stream().map(Article::id).sorted().toList();
        assertThat(seenByOne.get(30, TimeUnit.SECONDS)).isEqualTo(ids);
        assertThat(seenByTwo.get(30, TimeUnit.SECONDS)).isEqualTo(ids);
    }
}
