package dev.newsriver.store;

import static dev.newsriver.testing.Articles.article;
import static dev.newsriver.testing.Articles.tag;
import static dev.newsriver.testing.Articles.words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.SourceRef;
import dev.newsriver.article.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/** Every test runs against the embedded H2 and against PostgreSQL. */
class ItemStoreTest {
    @TempDir
    Path dataDir;
    private StoreFixture db;

    private void open(String kind) {
        db = StoreFixture.of(kind, dataDir);
    }

    @AfterEach
    void close() {
        db.drop();
    }

    private static Article item(String guid, String hash, List<Tag> tags) {
        return article(guid, words(guid, 20)).tags(tags)
                .fingerprint(new Fingerprint(hash, new long[] {1, 2, 3})).story("s-" + guid).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void savingAssignsIncreasingIdsAndKeepsEveryField(String kind) {
        open(kind);
        Article a = db.store().saveIfNew(item("a", "h1", List.of(tag("niger", Tag.Kind.COUNTRY)))).block();
        Article b = db.store().saveIfNew(item("b", "h2", List.of())).block();
        assertThat(b.id()).isGreaterThan(a.id());
        Article read = db.store().findById(a.id()).block();
        assertThat(read).isEqualTo(a);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void textInEveryScriptAndOfAnyLengthComesBackExactly(String kind) {
        open(kind);
        String mixed = "Niamey — « été » ممر 日本語 한국어 😀🇳🇪 ' \" \\ % _ \t tab";
        String longText = (mixed + "\n").repeat(5_000); // ~300 KB of UTF-8, far above any in-row limit
        Article a = article("g-" + mixed, longText).title(mixed).author(mixed).summary(mixed)
                .source(new SourceRef("src-ü", mixed)).tags(List.of(tag("côte-d-ivoire", Tag.Kind.COUNTRY)))
                .fingerprint(new Fingerprint("hash-ü", new long[] {1, 2, 3})).story("s-ü").build();
        Article saved = db.store().saveIfNew(a).block();
        Article read = db.store().findById(saved.id()).block();
        assertThat(read).isEqualTo(saved);
        assertThat(read.text()).isEqualTo(longText);
        assertThat(read.title()).isEqualTo(mixed);
        assertThat(db.store().saveIfNew(a.toBuilder().fingerprint(new Fingerprint("other", new long[] {1})).build())
                .block()).as("the same guid, read back from bytes, is still the same key").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anItemTooLargeToStoreIsSkippedAndTheRestOfItsBatchIsStored(String kind) {
        open(kind);
        Article huge = article("huge", "word ".repeat(220_000)) // 1.1 million characters of text
                .fingerprint(new Fingerprint("h-huge", new long[] {1, 2, 3})).build();
        List<Article> stored = db.store().saveAllIfNew(List.of(item("a", "h1", List.of()), huge,
                item("c", "h3", List.of())), a -> a, a -> a).collectList().block();
        assertThat(stored).extracting(Article::guid).containsExactly("a", "c");
        assertThat(db.store().count().block()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theSameGuidFromTheSameSourceIsStoredOnce(String kind) {
        open(kind);
        db.store().saveIfNew(item("a", "h1", List.of())).block();
        StepVerifier.create(db.store().saveIfNew(item("a", "h-other", List.of()))).verifyComplete();
        assertThat(db.store().count().block()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theSameTextFromAnotherSourceIsStoredOnce(String kind) {
        open(kind);
        db.store().saveIfNew(item("a", "same", List.of())).block();
        Article copy = item("b", "same", List.of()).toBuilder().source(new SourceRef("other", "Other")).build();
        StepVerifier.create(db.store().saveIfNew(copy)).verifyComplete();
        assertThat(db.store().count().block()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void queriesFilterByTagSourceTextAndDuplicates(String kind) {
        open(kind);
        Article a = db.store().saveIfNew(item("a", "h1", List.of(tag("sahel", Tag.Kind.REGION)))).block();
        Article b = db.store().saveIfNew(item("b", "h2", List.of(tag("us-troops", Tag.Kind.TOPIC)))).block();
        Article c = db.store().saveIfNew(item("c", "h3", List.of()).toBuilder().duplicateOf(a.id()).build()).block();
        assertThat(ids(db.store().newest(new ItemQuery("sahel", null, null, null, false), null, 10).collectList().block()))
                .containsExactly(a.id());
        assertThat(ids(db.store().newest(new ItemQuery(null, "us-troops", null, null, false), null, 10).collectList().block()))
                .containsExactly(b.id());
        assertThat(ids(db.store().newest(new ItemQuery(null, null, null, "B7", false), null, 10).collectList().block()))
                .containsExactly(b.id());
        assertThat(ids(db.store().newest(ItemQuery.ALL, null, 10).collectList().block())).containsExactly(b.id(), a.id());
        assertThat(ids(db.store().newest(new ItemQuery(null, null, null, null, true), null, 10).collectList().block()))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(db.store().after(a.id(), ItemQuery.ALL, 10).collectList().block())).containsExactly(b.id());
        assertThat(ids(db.store().newest(ItemQuery.ALL, b.id(), 10).collectList().block())).containsExactly(a.id());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aBatchWithMoreTagsThanOneStatementTakesKeepsEveryTag(String kind) {
        open(kind);
        List<Article> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            List<Tag> tags = new java.util.ArrayList<>();
            for (int t = 0; t < 12; t++) {
                tags.add(tag("tag-" + t, t % 2 == 0 ? Tag.Kind.REGION : Tag.Kind.TOPIC));
            }
            tags.add(tag("tag-0", Tag.Kind.REGION)); // a repeated tag is stored once
            tags.add(tag("only-" + i, Tag.Kind.REGION));
            batch.add(item("batch-" + i, "hb" + i, tags));
        }
        List<Article> stored = db.store().saveAllIfNew(batch, a -> a, a -> a).collectList().block();
        assertThat(stored).hasSize(64); // 64 × 13 = 832 tag rows: more than one statement's share
        assertThat(db.store().tagCounts().block()).containsEntry("tag-0", 64L).containsEntry("tag-11", 64L)
                .containsEntry("only-0", 1L).containsEntry("only-63", 1L).hasSize(12 + 64);
        assertThat(ids(db.store().newest(new ItemQuery("only-63", null, null, null, false), null, 10).collectList().block()))
                .containsExactly(stored.get(63).id());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void likeWildcardsInTheSearchTextAreTakenLiterally(String kind) {
        open(kind);
        db.store().saveIfNew(item("a", "h1", List.of())).block();
        assertThat(db.store().newest(new ItemQuery(null, null, null, "%", false), null, 10).collectList().block()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void committedItemsAreAnnouncedInIdOrder(String kind) {
        open(kind);
        StepVerifier.create(db.store().committed().take(2))
                .then(() -> {
                    db.store().saveIfNew(item("a", "h1", List.of())).block();
                    db.store().saveIfNew(item("a", "h1", List.of())).block();
                    db.store().saveIfNew(item("b", "h2", List.of())).block();
                })
                .assertNext(a -> assertThat(a.guid()).isEqualTo("a"))
                .assertNext(b -> assertThat(b.guid()).isEqualTo("b"))
                .expectComplete()
                .verify(java.time.Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void itemsSurviveReopeningTheDatabase(String kind) {
        open(kind);
        Article a = db.store().saveIfNew(item("a", "h1", List.of())).block();
        StoreFixture reopened = db.reopen();
        db.close();
        db = reopened;
        assertThat(db.store().findById(a.id()).block()).isEqualTo(a);
        StepVerifier.create(db.store().saveIfNew(item("a", "h1", List.of()))).verifyComplete();
        assertThat(db.store().recentFingerprints(10).map(Article::fingerprint).collectList().block())
                .containsExactly(a.fingerprint());
    }

    private static List<Long> ids(List<Article> items) {
        return items.stream().map(Article::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void queriesCancelledHalfWayLeaveTheStoreWorking(String kind) {
        open(kind);
        for (int n = 0; n < 200; n++) {
            db.store().saveIfNew(item("item" + n, "h" + n, List.of(tag("niger", Tag.Kind.COUNTRY)))).block();
        }
        // readers that go away mid-query, as SSE clients and browsers do, hundreds of times
        for (int round = 0; round < 1000; round++) {
            List<reactor.core.Disposable> readers = List.of(
                    db.store().after(round % 150, ItemQuery.EVERYTHING, 50).subscribe(),
                    db.store().newest(ItemQuery.ALL, null, 50).subscribe(),
                    db.store().count().subscribe(),
                    db.store().saveIfNew(item("r" + round, "hr" + round, List.of())).subscribe());
            java.util.concurrent.locks.LockSupport.parkNanos(20_000L * (round % 25));
            readers.forEach(reactor.core.Disposable::dispose);
        }
        Article last = db.store().saveIfNew(item("after", "h-after", List.of())).block();
        assertThat(last).isNotNull();
        long count = db.store().count().block();
        assertThat(db.store().after(0, ItemQuery.EVERYTHING, 5000).collectList().block()).hasSize((int) count);
    }
}
