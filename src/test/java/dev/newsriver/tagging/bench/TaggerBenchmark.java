package dev.newsriver.tagging.bench;

import dev.newsriver.article.Article;
import dev.newsriver.article.SourceRef;
import dev.newsriver.tagging.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tagging one 1,000-word news article (title, lead, body, categories) with the full gazetteer and
 * the default rules of feeds/tags.yml. Run from the project root:
 * {@code scripts/bench TaggerBenchmark -wi 3 -w 5s -i 5 -r 5s -f 1 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaggerBenchmark {
    private static final int WORDS = 1_000;

    private Tagger tagger;
    private Article article;

    @Setup
    public void setUp() throws IOException {
        tagger = Tagger.load(Path.of("feeds/tags.yml"));
        article = article();
    }

    /** The benchmark's article: a news title, lead and categories over a 1,000-word body. */
    public static Article article() throws IOException {
        return Article.builder().guid("bench").source(new SourceRef("bench", "Bench"))
                .title("US orders all combat troops to withdraw from Niger")
                .summary("The Pentagon orders its combat troops to withdraw from Niger after talks with the junta.")
                .text(body()).categories(List.of("Niger", "United States", "Sahel")).build();
    }

    /** The bodies of the hand-cleaned seeds, one after another, cut at 1,000 words. */
    private static String body() throws IOException {
        List<String> words = new ArrayList<>();
        Path seeds = Path.of("src/test/resources/tagging/seeds");
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                words.addAll(List.of(text.substring(text.indexOf("\n---\n") + 5).split(" ")));
            }
        }
        return String.join(" ", words.subList(0, WORDS));
    }

    @Benchmark
    public Article tag() {
        return tagger.tag(article);
    }
}
