package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

/**
 * A folder full of files that are not articles: each is skipped with a log line naming it, nothing is read
 * beyond the size limit, nothing loops, and the good files beside them all arrive.
 */
class BrokenFilesTest {
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path dir;

    private static FileSource folder(Path path) {
        SourceConfig c = new SourceConfig("folder", SourceConfig.Type.FOLDER, path.toString(), null, null, List.of(), 1);
        return new FileSource(c, path, new FeedParser(), LIMIT, Duration.ofMillis(300), new SourceState(c, Clock.systemUTC()),
                new FetchMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }

    @Test
    void brokenFilesAreSkippedAndTheGoodOnesArrive() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "A good article about the harvest.");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("b-binary.txt"), binary);
        Files.write(dir.resolve("c-binary.html"), binary);
        Files.write(dir.resolve("d-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("e-blank.html"), "  \n\t \n");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("f-huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
        }
        Files.createDirectories(dir.resolve("g-a-folder.txt")); // a folder with a file's name
        Files.createSymbolicLink(dir.resolve("h-loop-1.txt"), dir.resolve("h-loop-2.txt"));
        Files.createSymbolicLink(dir.resolve("h-loop-2.txt"), dir.resolve("h-loop-1.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/up"), dir); // a folder loop
        Files.writeString(dir.resolve("sub/z-good.html"), "<html><body><p>Another good article, nested.</p></body></html>");

        StepVerifier.create(folder(dir).fetch().map(RawDocument::guid))
                .expectNext("a-good.txt", "sub/z-good.html")
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aFolderThatDisappearsAndComesBackIsWatchedAgain() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("first.txt"), "before the folder went away");

        StepVerifier.create(folder(inbox).changes().map(RawDocument::content))
                .expectNext("before the folder went away")
                .then(() -> {
                    delete(inbox.resolve("first.txt"));
                    delete(inbox);
                })
                .expectNoEvent(Duration.ofSeconds(2))
                .then(() -> {
                    try {
                        Files.createDirectories(inbox);
                        Files.writeString(inbox.resolve("second.txt"), "after it came back", StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .expectNext("after it came back")
                .thenCancel()
                .verify(Duration.ofSeconds(60));
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
