package dev.newsriver.clean.bench;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import dev.newsriver.clean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second of the cleaner against a bare {@code Jsoup.parse} of the same pages, over the
 * Readability test pages in {@code ../shared/corpora} (each benchmark call handles every page once;
 * divide ops/s by the page count printed at setup, or compare the two scores directly). Run with
 * {@code scripts/bench ExtractionBenchmark -wi 1 -w 10s -i 3 -r 10s -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "readability-test-pages");
    private static final SourceRef SOURCE = new SourceRef("bench", "Benchmark");

    private final List<String> html = new ArrayList<>();
    private final List<String> text = new ArrayList<>();
    private final Cleaner cleaner = new Cleaner();

    @Setup
    public void load() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            throw new IllegalStateException("benchmark needs the corpus at " + CORPUS.toAbsolutePath());
        }
        try (Stream<Path> cases = Files.list(CORPUS)) {
            for (Path dir : cases.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("source.html")) && Files.isRegularFile(dir.resolve("source.txt"))) {
                    html.add(Files.readString(dir.resolve("source.html")));
                    text.add(Files.readString(dir.resolve("source.txt")));
                }
            }
        }
        System.out.println("pages: " + html.size());
    }

    @Benchmark
    public void bareJsoupParse(Blackhole bh) {
        for (String page : html) {
            bh.consume(Jsoup.parse(page, "http://fakehost/test/page.html"));
        }
    }

    @Benchmark
    public void cleanHtml(Blackhole bh) {
        for (String page : html) {
            bh.consume(clean(RawDocument.Format.HTML, page));
        }
    }

    @Benchmark
    public void cleanText(Blackhole bh) {
        for (String page : text) {
            bh.consume(clean(RawDocument.Format.TEXT, page));
        }
    }

    private Object clean(RawDocument.Format format, String content) {
        try {
            return cleaner.clean(new RawDocument(SOURCE, "bench", format, content, null,
                    "http://fakehost/test/page.html", null, null, null, null));
        } catch (IllegalArgumentException e) {
            return e;
        }
    }
}
