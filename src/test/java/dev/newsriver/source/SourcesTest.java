package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsriver.article.RawDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SourcesTest {

    @Test
    void theShippedDefaultsReadOfflineOnce() {
        Sources sources = Sources.load(Path.of("feeds/sources.yml"), FetchSettings.defaults());

        List<RawDocument> docs = sources.once().collectList().block(Duration.ofSeconds(20));

        Map<String, Long> perSource = docs.stream().collect(Collectors.groupingBy(d -> d.source().id(), Collectors.counting()));
        assertThat(perSource).containsEntry("seeds", 5L).containsEntry("sample-rss", 5L).containsEntry("sample-atom", 4L);
        assertThat(docs).filteredOn(d -> d.source().id().equals("sample-rss"))
                .allSatisfy(d -> assertThat(d.origin()).startsWith(Path.of("feeds/samples/sahel.xml").toAbsolutePath().toUri() + "#"));
        assertThat(sources.statuses()).extracting(SourceStatus::state).containsOnly("ok");
        assertThat(sources.all()).extracting(s -> s.ref().id()).containsExactly("seeds", "sample-rss", "sample-atom");
    }

    @Test
    void theLiveStreamStartsWithAFirstPassOfEverySourceAndIsShared() {
        Sources sources = Sources.load(Path.of("feeds/sources.yml"), FetchSettings.defaults());

        List<RawDocument> first = sources.live().take(14).collectList().block(Duration.ofSeconds(20));

        assertThat(first).extracting(d -> d.source().id()).contains("seeds", "sample-rss", "sample-atom");
        assertThat(sources.live()).isSameAs(sources.live());
    }

    @Test
    void aMissingSourcesFileGivesNoSourcesAndTheAppStillStarts() {
        Sources sources = Sources.load(Path.of("feeds/absent.yml"), FetchSettings.defaults());

        assertThat(sources.all()).isEmpty();
        assertThat(sources.once().collectList().block(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aSourcesTagsBecomeCategoriesOfAllItsItemsAndEvidenceForTagging(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("inbox"));
        java.nio.file.Files.writeString(dir.resolve("inbox/convoy.txt"), """
                Convoy attacked on the road to the capital
                Gunmen attacked a fuel convoy on Tuesday, the army said, and two drivers were wounded.
                The army said the road would reopen once it had been cleared of wrecked lorries.
                """);
        SourceConfig tagged = new SourceConfig("desk", SourceConfig.Type.FOLDER, "inbox", null, "Sahel desk",
                List.of("Sahel", "Sahel"), 1);
        Sources sources = new Sources(List.of(tagged), dir, FetchSettings.defaults(),
                new Scheduler(PollPolicy.defaults(), Duration.ofMinutes(15)), java.time.Clock.systemUTC());

        List<RawDocument> once = sources.once().collectList().block(Duration.ofSeconds(10));
        RawDocument live = sources.live().blockFirst(Duration.ofSeconds(10));
        sources.close();

        assertThat(once).singleElement().extracting(RawDocument::categories).isEqualTo(List.of("Sahel"));
        assertThat(live.categories()).containsExactly("Sahel");
        dev.newsriver.article.Article tagged1 = dev.newsriver.tagging.Tagger.load(Path.of("feeds/tags.yml"))
                .tag(new dev.newsriver.clean.Cleaner().clean(once.get(0)));
        assertThat(tagged1.regions()).contains("sahel");
        assertThat(tagged1.tags()).filteredOn(t -> t.id().equals("sahel")).singleElement()
                .satisfies(t -> assertThat(t.evidence()).extracting(e -> e.where().name()).containsExactly("CATEGORY"));
    }

    @Test
    void aFileUrlOutsideTheWorkingDirectoryIsRefused() {
        SourceConfig c = new SourceConfig("escape", SourceConfig.Type.FEED, "file:../outside.xml", null, null, List.of(), 1);
        Sources sources = new Sources(List.of(c), Path.of("").toAbsolutePath(), FetchSettings.defaults(),
                new Scheduler(PollPolicy.defaults(), Duration.ofMinutes(15)), java.time.Clock.systemUTC());

        assertThat(sources.once().collectList().block(Duration.ofSeconds(5))).isEmpty();
        assertThat(sources.statuses().get(0).error()).contains("inside the working directory");
    }

    @Test
    void aFileUrlThatLinksOutOfTheWorkingDirectoryIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path outside = java.nio.file.Files.createTempFile("outside", ".xml");
        java.nio.file.Files.writeString(outside, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        java.nio.file.Files.createSymbolicLink(dir.resolve("link.xml"), outside);
        SourceConfig c = new SourceConfig("link", SourceConfig.Type.FEED, "file:link.xml", null, null, List.of(), 1);
        Sources sources = new Sources(List.of(c), dir, FetchSettings.defaults(),
                new Scheduler(PollPolicy.defaults(), Duration.ofMinutes(15)), java.time.Clock.systemUTC());

        assertThat(sources.once().collectList().block(Duration.ofSeconds(5))).isEmpty();
        assertThat(sources.statuses().get(0).error()).contains("inside the working directory");
        java.nio.file.Files.delete(outside);
    }

    @Test
    void closingCompletesTheLiveStream() {
        Sources sources = Sources.load(Path.of("feeds/sources.yml"), FetchSettings.defaults());

        reactor.test.StepVerifier.create(sources.live().filter(d -> d.source().id().equals("seeds")))
                .expectNextCount(5)
                .then(sources::close)
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void refreshingAnUnknownSourceIsAnError() {
        Sources sources = Sources.load(Path.of("feeds/sources.yml"), FetchSettings.defaults());

        assertThatThrownBy(() -> sources.refresh("nope").block()).hasMessageContaining("unknown source id 'nope'");
    }

    @Test
    void importedOpmlFeedsJoinTheSourcesAndTheExport() throws java.io.IOException {
        Sources sources = Sources.load(Path.of("feeds/sources.yml"), FetchSettings.defaults());

        Opml.Imported imported = sources.importOpml(
                java.nio.file.Files.readAllBytes(Path.of("src/test/resources/sources/opml/subscriptions.opml")), "subscriptions.opml");

        assertThat(imported.entries()).hasSize(3);
        assertThat(sources.all()).hasSize(6);
        assertThat(sources.statuses()).extracting(SourceStatus::id).endsWith("sahel-desk", "sahel-desk-2", "feeds-example-com");
        // local samples (file:) are this machine's business, not another reader's
        assertThat(sources.exportOpml()).contains("xmlUrl=\"https://news.example.org/sahel.xml\"")
                .doesNotContain("path=", "file:");
    }
}
