package dev.newsriver.dedupe.bench;

import dev.newsriver.article.Article;
import dev.newsriver.article.SourceRef;
import dev.newsriver.dedupe.DedupeSettings;
import dev.newsriver.dedupe.Deduplicator;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * De-duplication of one news-sized article (600 words) against a full window: fingerprint, look up the
 * most similar remembered item, classify, and remember it (the window is a ring, so the oldest item
 * leaves). The window is first filled with {@code window} items of their own texts; the heap it takes
 * (used heap after full collections, before and after filling) is printed.
 *
 * <p>Every article is new: its words are drawn afresh for each operation, so that, as in a river of news,
 * items seldom match one another. (Cycling through a few thousand fixed articles made every lookup meet
 * hundreds of exact copies of itself, which the store never lets into the window; cutting articles from
 * one long stream of words made each overlap dozens of others.) Drawing the words is part of every
 * operation measured here; {@link #generateOnly} measures it alone. Run from the project root:
 * {@code scripts/bench DedupeBenchmark -wi 2 -w 10s -i 5 -r 10s -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class DedupeBenchmark {
    private static final int WORDS = 600;
    private static final int VOCABULARY = 20_000;

    @Param({"1000000"})
    public int window;

    private Deduplicator dedupe;
    private String[] vocabulary;
    private SplittableRandom draws;
    private long drawn;
    private long nextId;

    @Setup(Level.Trial)
    public void fill() {
        vocabulary = new String[VOCABULARY];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary[i] = word(random);
        }
        long before = usedAfterGc();
        dedupe = new Deduplicator(DedupeSettings.defaults(window));
        for (int i = 0; i < window; i++) {
            Article a = dedupe.classify(article("fill-" + i, text(random, vocabulary, 80)));
            dedupe.remember(a.toBuilder().id(++nextId).build());
        }
        long after = usedAfterGc();
        System.out.printf("%nwindow of %,d items: %,d MiB of heap (%,d bytes per item)%n", dedupe.windowSize(),
                (after - before) >> 20, (after - before) / Math.max(1, dedupe.windowSize()));
        draws = new SplittableRandom(7);
    }

    /** A new article of 600 words drawn from the vocabulary. */
    private Article nextArticle() {
        return article("a-" + drawn++, text(draws, vocabulary, WORDS));
    }

    @Benchmark
    public Article fingerprintLookUpAndRemember() {
        Article a = dedupe.classify(nextArticle());
        return dedupe.remember(a.toBuilder().id(++nextId).build());
    }

    /** Drawing an article's words alone: part of each operation of the other two. */
    @Benchmark
    public Article generateOnly() {
        return nextArticle();
    }

    /** The fingerprint alone (tokenizing, hashing, MinHash): what {@link #fingerprintLookUpAndRemember} adds to it is the window's part. */
    @Benchmark
    public Article fingerprintOnly() {
        return dedupe.fingerprint(nextArticle());
    }

    private static Article article(String guid, String text) {
        return Article.builder().guid(guid).title(guid).text(text).source(new SourceRef("bench", "Bench")).build();
    }

    /** Words drawn with a skew (common words often, rare ones seldom), as in news text. */
    private static String text(SplittableRandom random, String[] vocabulary, int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        for (int w = 0; w < words; w++) {
            double u = random.nextDouble();
            sb.append(vocabulary[(int) (u * u * u * vocabulary.length)]).append(w % 17 == 16 ? ". " : " ");
        }
        return sb.toString();
    }

    private static String word(SplittableRandom random) {
        int length = 3 + random.nextInt(7);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
