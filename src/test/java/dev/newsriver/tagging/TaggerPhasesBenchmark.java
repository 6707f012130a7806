package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import dev.newsriver.tagging.bench.TaggerBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The steps of {@link TaggerBenchmark}'s work one by one, in microseconds per article: tokenizing,
 * then countries and regions, then topics, on the tokens of the same article. Run from the project
 * root: {@code scripts/bench TaggerPhasesBenchmark -wi 3 -w 5s -i 5 -r 5s -f 1 -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TaggerPhasesBenchmark {
    private Article article;
    private Vocabulary vocabulary;
    private RegionTagger regions;
    private TopicTagger topics;
    private TextTokens tokens;
    private Set<String> published;
    private double threshold;

    @Setup
    public void setUp() throws IOException {
        article = TaggerBenchmark.article();
        Path file = Path.of("feeds/tags.yml");
        Gazetteer gazetteer = Gazetteer.standard();
        TagRules rules = TagRulesReader.read(file.toString(), Files.newBufferedReader(file), gazetteer);
        vocabulary = new Vocabulary();
        regions = new RegionTagger(new RegionCatalog(gazetteer, rules), rules, vocabulary);
        topics = new TopicTagger(rules, vocabulary);
        threshold = rules.threshold();
        tokens = TextTokens.of(article, vocabulary);
        published = Set.copyOf(regions.tag(tokens, threshold).stream().map(Tag::id).toList());
    }

    @Benchmark
    public int tokenize() {
        return TextTokens.of(article, vocabulary).size();
    }

    @Benchmark
    public List<Tag> regions() {
        return regions.tag(tokens, threshold);
    }

    @Benchmark
    public List<Tag> topics() {
        return topics.tag(tokens, published, threshold);
    }
}
