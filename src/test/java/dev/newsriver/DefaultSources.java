package dev.newsriver;

import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the default sources hold: the seeds, and the entries of the sample feeds. */
final class DefaultSources {
    private DefaultSources() {
    }

    /** Seeds plus sample entries, less the sample entry that copies seed 003. */
    static int expectedItems() {
        return count(Path.of("seeds"), ".txt") + sampleEntries() - 1;
    }

    private static int sampleEntries() {
        try (Stream<Path> files = Files.list(Path.of("feeds/samples"))) {
            return files.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".atom"))
                    .mapToInt(DefaultSources::entries).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int entries(Path feed) {
        try (Reader r = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(r).getEntries().size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read sample feed " + feed, e);
        }
    }

    private static int count(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(p -> p.toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
