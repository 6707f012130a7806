package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class FileSourceTest {

    @TempDir
    Path dir;

    private static FileSource folder(Path path, long maxBytes) {
        SourceConfig c = new SourceConfig("folder", SourceConfig.Type.FOLDER, path.toString(), null, null, List.of(), 1);
        return new FileSource(c, path, new FeedParser(), maxBytes, Duration.ofSeconds(30), new SourceState(c, Clock.systemUTC()), new FetchMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }

    @Test
    void theSeedsFolderGivesItsFiveTextDocuments() {
        List<RawDocument> docs = folder(Path.of("seeds"), 1 << 20).fetch().collectList().block(Duration.ofSeconds(10));

        assertThat(docs).hasSize(5).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.TEXT);
            assertThat(d.origin()).startsWith("file:///").endsWith(".txt");
            assertThat(d.source().id()).isEqualTo("folder");
        });
        assertThat(docs).extracting(RawDocument::guid).containsExactly("000_26f162bfad6ad746.txt",
                "001_176ac0e521890d7a.txt", "002_ec64040a41daa139.txt", "003_1b701daddded4476.txt", "004_06bd735c41bad691.txt");
        assertThat(docs.get(3).content()).startsWith("The United States agrees to withdraw its forces from Niger");
    }

    @Test
    void eachKnownExtensionIsReadItsOwnWayAndOthersAreSkipped() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "plain text");
        Files.write(dir.resolve("b.htm"), "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u00e9</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c.rss"), StubServer.rss("C", "c1", "c2"));
        Files.writeString(dir.resolve("d.pdf"), "%PDF-1.4");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/e.html"), "<p>nested</p>");

        List<RawDocument> docs = folder(dir, 1 << 20).fetch().collectList().block(Duration.ofSeconds(10));

        assertThat(docs).extracting(RawDocument::format).containsExactly(RawDocument.Format.TEXT,
                RawDocument.Format.HTML, RawDocument.Format.FEED_ENTRY, RawDocument.Format.FEED_ENTRY, RawDocument.Format.HTML);
        assertThat(docs.get(1).content()).contains("Café");
        assertThat(docs.get(2).origin()).isEqualTo(dir.resolve("c.rss").toUri() + "#c1");
        assertThat(docs.get(4).guid()).isEqualTo("sub/e.html");
    }

    @Test
    void anUnreadableFileIsSkippedAndTheOthersStillFlow() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("b.xml"), "<html>not a feed");
        Files.writeString(dir.resolve("c.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("d.txt"), "last");

        StepVerifier.create(folder(dir, 1000).fetch().map(RawDocument::content))
                .expectNext("first", "last").verifyComplete();
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        StepVerifier.create(folder(dir.resolve("absent"), 1000).fetch())
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("absent"))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void theWatchEmitsNewAndChangedFilesOnceTheyHaveSettled() throws IOException {
        Files.writeString(dir.resolve("old.txt"), "already there");
        Path fresh = dir.resolve("fresh.txt");

        StepVerifier.create(folder(dir, 1 << 20).changes().map(RawDocument::content))
                .expectNext("already there")
                .then(() -> write(fresh, "first half ", StandardOpenOption.CREATE_NEW))
                .expectNoEvent(Duration.ofMillis(300))
                .then(() -> write(fresh, "and the rest", StandardOpenOption.APPEND))
                .expectNext("first half and the rest")
                .then(() -> write(dir.resolve("old.txt"), "changed", StandardOpenOption.TRUNCATE_EXISTING))
                .expectNext("changed")
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aChangeInALargeFolderLooksAtTheChangedFileNotAtTheWholeFolder() throws IOException {
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve(String.format("old-%03d.txt", i)), "old article " + i);
        }
        FileSource source = folder(dir, 1 << 20);
        StepVerifier.create(source.changes().map(RawDocument::content))
                .expectNextCount(300)
                .then(() -> write(dir.resolve("new.txt"), "a new article", StandardOpenOption.CREATE_NEW))
                .expectNext("a new article")
                .then(() -> assertThat(source.watch().lastScanLooked()).as("files looked at by the tick that found it")
                        .isLessThan(10))
                .then(() -> write(dir.resolve("old-007.txt"), "old article 7, updated", StandardOpenOption.TRUNCATE_EXISTING))
                .expectNext("old article 7, updated")
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void aDeletedFileEmitsNothingAndComesBackWhenWrittenAgain() throws IOException {
        Path file = dir.resolve("gone.txt");
        Files.writeString(file, "first life");

        StepVerifier.create(folder(dir, 1 << 20).changes().map(RawDocument::content))
                .expectNext("first life")
                .then(() -> delete(file))
                .expectNoEvent(Duration.ofSeconds(2))
                .then(() -> write(file, "second life", StandardOpenOption.CREATE_NEW))
                .expectNext("second life")
                .thenCancel()
                .verify(Duration.ofSeconds(15));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void filesInSubfoldersAreWatchedToo() throws IOException {
        Files.createDirectories(dir.resolve("sub"));

        StepVerifier.create(folder(dir, 1 << 20).changes().map(RawDocument::guid))
                .then(() -> write(dir.resolve("sub/new.txt"), "nested", StandardOpenOption.CREATE_NEW))
                .expectNext("sub/new.txt")
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    private static void write(Path file, String text, StandardOpenOption option) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, option, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
