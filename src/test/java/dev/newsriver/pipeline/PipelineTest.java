package dev.newsriver.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import dev.newsriver.clean.Cleaner;
import dev.newsriver.dedupe.DedupeSettings;
import dev.newsriver.dedupe.Deduplicator;
import dev.newsriver.store.ItemStore;
import dev.newsriver.store.StoreFixture;
import dev.newsriver.tagging.Tagger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class PipelineTest {
    @TempDir
    Path dataDir;
    private StoreFixture fixture;
    private Pipeline pipeline;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void open() {
        fixture = StoreFixture.h2(dataDir);
        pipeline = newPipeline(fixture.store());
    }

    private Pipeline newPipeline(ItemStore store) {
        return new Pipeline(new Cleaner(), Tagger.load(Path.of("feeds/tags.yml")),
                new Deduplicator(DedupeSettings.defaults(1000)), store, Schedulers.parallel(), 4,
                Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC), meters);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Seed 003's article as a feed would carry it: the same paragraphs as HTML, from another source. */
    private static RawDocument seed003AsFeedEntry() {
        String[] lines = Seeds.read("003_1b701daddded4476.txt").content().split("\n");
        String html = Arrays.stream(lines, 1, lines.length).filter(l -> !l.isBlank())
                .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").collect(Collectors.joining());
        return new RawDocument(new SourceRef("sample-rss", "Sample feed"), "file:feeds/samples/x.xml#003",
                RawDocument.Format.FEED_ENTRY, html, "urn:sample:003", "https://example.org/003", lines[0].strip(),
                null, Instant.parse("2024-04-22T10:00:00Z"), List.of("Niger"));
    }

    @Test
    void theSeedsFlowThroughIntoTheStoreAndACopyFromAnotherSourceIsStoredOnce() {
        List<RawDocument> docs = new ArrayList<>(Seeds.all());
        docs.add(seed003AsFeedEntry());
        List<Article> stored = new ArrayList<>();
        StepVerifier.create(pipeline.process(Flux.fromIterable(docs)))
                .recordWith(() -> stored)
                .expectNextCount(5)
                .verifyComplete();
        assertThat(stored).extracting(Article::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(stored).filteredOn(a -> a.title().startsWith("The United States agrees")).hasSize(1);
        assertThat(fixture.store().count().block()).isEqualTo(5);
        assertThat(meters.counter("newsriver.pipeline.documents", "outcome", "known").count()).isEqualTo(1);
    }

    @Test
    void theFiveSeedsAreOneStoryAnd002IsNotADuplicateOf000() {
        Map<String, Article> byGuid = pipeline.process(Flux.fromIterable(Seeds.all())).collectList().block().stream()
                .collect(Collectors.toMap(Article::guid, Function.identity()));
        Article a000 = byGuid.get("000_26f162bfad6ad746.txt");
        Article a002 = byGuid.get("002_ec64040a41daa139.txt");
        assertThat(a002.story()).isEqualTo(a000.story());
        assertThat(a000.duplicateOf()).isNull();
        assertThat(a002.duplicateOf()).isNull();
        // 002 overlaps 000's text; the others are other outlets' reports on the same subject and names
        assertThat(byGuid.values()).extracting(Article::story).containsOnly(a000.story());
    }

    @Test
    void aDocumentThatCannotBeCleanedIsSkippedAndTheOthersFlowOn() {
        RawDocument empty = RawDocument.page(Seeds.SOURCE, "file:///nowhere/empty.txt", RawDocument.Format.TEXT, "");
        StepVerifier.create(pipeline.process(Flux.just(empty, Seeds.read("003_1b701daddded4476.txt"))))
                .assertNext(a -> assertThat(a.title()).startsWith("The United States agrees"))
                .verifyComplete();
        assertThat(meters.counter("newsriver.pipeline.documents", "outcome", "skipped").count()).isEqualTo(1);
    }

    @Test
    void aRestartedPipelineRecognisesStoredItemsAndStoriesFromTheStore() {
        pipeline.process(Flux.just(Seeds.read("000_26f162bfad6ad746.txt"))).blockLast();
        Pipeline restarted = newPipeline(fixture.store());
        StepVerifier.create(restarted.warmUp(1000).thenMany(restarted.process(Flux.fromIterable(Seeds.all()))))
                .expectNextCount(4)
                .verifyComplete();
        Article a000 = fixture.store().newest(dev.newsriver.store.ItemQuery.ALL, null, 10)
                .filter(a -> a.guid().startsWith("000")).blockFirst();
        Article a002 = fixture.store().newest(dev.newsriver.store.ItemQuery.ALL, null, 10)
                .filter(a -> a.guid().startsWith("002")).blockFirst();
        assertThat(a002.story()).isEqualTo(a000.story());
    }
}
