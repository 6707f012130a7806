package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

class SourcesReloadTest {

    @TempDir
    Path dir;

    private void writeSources(String yml, Instant modified) throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, yml);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @Test
    void aChangedSourcesFileStartsNewSourcesAndStopsRemovedOnesAndABrokenChangeKeepsTheLastGoodSources() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/one.txt"), "from a");
        Files.writeString(dir.resolve("b/two.txt"), "from b");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        writeSources("sources:\n  - {id: a, type: folder, path: a}\n", t0);
        Sources sources = Sources.load(dir.resolve("sources.yml"), FetchSettings.defaults(), dir);

        StepVerifier.create(sources.live().map(RawDocument::content))
                .expectNext("from a")
                .then(() -> rewrite("sources:\n  - {id: b, type: folder, path: b}\n", t0.plusSeconds(60)))
                .expectNext("from b")
                .then(() -> assertThat(sources.all()).extracting(s -> s.ref().id()).containsExactly("b"))
                .then(() -> rewrite("sources: [ {id: broken", t0.plusSeconds(120)))
                .expectNoEvent(Duration.ofSeconds(3))
                .then(() -> assertThat(sources.all()).extracting(s -> s.ref().id()).containsExactly("b"))
                // an unknown key in one entry: the whole change waits until the file is fixed
                .then(() -> rewrite("sources:\n  - {id: b, type: folder, path: b, colour: red}\n  - {id: a, type: folder, path: a}\n",
                        t0.plusSeconds(180)))
                .expectNoEvent(Duration.ofSeconds(3))
                .then(() -> assertThat(sources.all()).extracting(s -> s.ref().id()).containsExactly("b"))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    private void rewrite(String yml, Instant modified) {
        try {
            writeSources(yml, modified);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
