package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link FeedParser} over feedparser's well-formed suite ({@code ../shared/corpora/feedparser-wellformed}):
 * no exception other than {@link FeedParseException} may escape and no file may hang, and the share of
 * translated expectations ({@link FeedparserExpectations}) that pass must not fall below its floor. Figures go to
 * {@code target/feedparser-conformance.txt}. Skips when the corpus is absent.
 */
class FeedparserConformanceTest {

    private static final Path CORPUS = Path.of("../shared/corpora/feedparser-wellformed");
    private static final Pattern CONTENT_LOCATION = Pattern.compile("(?m)^Header:\\s*Content-Location:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?m)^Header:\\s*Content-type:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final double PASS_FLOOR = 0.97;
    private static final SourceRef REF = new SourceRef("conformance", null);

    private final FeedParser parser = new FeedParser();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conformance");
        t.setDaemon(true);
        return t;
    });

    @Test
    void noFileEscapesOrHangsAndTheTranslatedExpectationsDoNotRegress() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "feedparser corpus not present at " + CORPUS);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Map<String, int[]> perFolder = new TreeMap<>();
        List<String> escapes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (Path file : files) {
            String folder = CORPUS.relativize(file).getName(0).toString();
            int[] counts = perFolder.computeIfAbsent(folder, k -> new int[4]);
            counts[0]++;
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            Outcome outcome = parse(file, bytes, text);
            if (outcome.escape != null) {
                escapes.add(CORPUS.relativize(file) + ": " + outcome.escape);
                continue;
            }
            rejected += outcome.feed == null ? 1 : 0;
            String expect = FeedparserExpectations.expectation(new String(bytes, StandardCharsets.UTF_8));
            if (expect == null || "sanitize".equals(folder)) {
                continue;
            }
            for (FeedparserExpectations.Check check : FeedparserExpectations.translate(expect)) {
                counts[1]++;
                if (passes(check, outcome.feed)) {
                    counts[2]++;
                    counts[3] += exactly(check, outcome.feed) ? 1 : 0;
                } else {
                    failures.add(CORPUS.relativize(file) + ": " + check.clause() + "  (got " + actual(check, outcome.feed) + ")");
                }
            }
        }
        int translated = perFolder.values().stream().mapToInt(c -> c[1]).sum();
        int passed = perFolder.values().stream().mapToInt(c -> c[2]).sum();
        int exact = perFolder.values().stream().mapToInt(c -> c[3]).sum();
        report(files.size(), rejected, escapes, translated, passed, exact, perFolder, failures);
        assertThat(escapes).isEmpty();
        assertThat(files).hasSizeGreaterThan(1000);
        // The target is 95 %; the floor sits at what is reached (docs/QUALITY.md says where the rest
        // fail), so that a regression fails the build.
        assertThat(passed).isGreaterThanOrEqualTo((int) Math.ceil(translated * PASS_FLOOR));
    }

    private record Outcome(ParsedFeed feed, String escape) {
    }

    private Outcome parse(Path file, byte[] bytes, String text) throws InterruptedException {
        Matcher ct = CONTENT_TYPE.matcher(text);
        String contentType = ct.find() ? ct.group(1).strip() : null;
        String docUri = "http://127.0.0.1:8097/tests/wellformed/" + CORPUS.relativize(file).toString().replace('\\', '/');
        Matcher cl = CONTENT_LOCATION.matcher(text);
        String base = docUri;
        if (cl.find() && cl.group(1).strip().startsWith("http")) {
            base = java.net.URI.create(docUri).resolve(cl.group(1).strip()).toString();
        }
        String baseUri = base;
        Future<ParsedFeed> future = worker.submit(() -> parser.parse(bytes, contentType, docUri, baseUri, REF));
        try {
            return new Outcome(future.get(10, TimeUnit.SECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(null, "hang (no result within 10 s)");
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause() instanceof FeedParseException ? new Outcome(null, null) : new Outcome(null, String.valueOf(e.getCause()));
        }
    }

    /**
     * Whether the field holds the expected value; HTML-bearing fields (titles, bodies) pass when both are the
     * same HTML: the same tree of elements, attributes and text, however it is spelled ({@code <br/>} or
     * {@code <br />}, {@code &#38;} or {@code &amp;}, attribute order, quotes).
     */
    private static boolean passes(FeedparserExpectations.Check check, ParsedFeed feed) {
        Object actual = actual(check, feed);
        if (actual == null) {
            return false;
        }
        if (actual.equals(check.expected())) {
            return true;
        }
        return actual instanceof String a && check.expected() instanceof String e && isHtml(check.field())
                && SameHtml.normalize(a).equals(SameHtml.normalize(e));
    }

    private static boolean exactly(FeedparserExpectations.Check check, ParsedFeed feed) {
        Object actual = actual(check, feed);
        return actual != null && actual.equals(check.expected());
    }

    private static boolean isHtml(FeedparserExpectations.Field field) {
        return switch (field) {
            case FEED_TITLE, TITLE, BODY -> true;
            default -> false;
        };
    }

    private static Object actual(FeedparserExpectations.Check check, ParsedFeed feed) {
        if (feed == null) {
            return null;
        }
        if (check.entry() < 0) {
            return check.field() == FeedparserExpectations.Field.FEED_TITLE ? feed.title() : feed.link();
        }
        if (check.entry() >= feed.entries().size()) {
            return null;
        }
        RawDocument d = feed.entries().get(check.entry());
        return switch (check.field()) {
            case TITLE -> d.title();
            case LINK -> d.url();
            case ID -> d.guid();
            case BODY -> d.content();
            case AUTHOR -> d.author();
            case PUBLISHED -> d.published() == null ? null : (Instant) d.published();
            case CATEGORY -> check.index() < d.categories().size() ? d.categories().get(check.index()) : null;
            default -> null;
        };
    }

    private static void report(int files, int rejected, List<String> escapes, int translated, int passed, int exact,
                               Map<String, int[]> perFolder, List<String> failures) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("files %d, rejected as not a feed %d, escaped or hung %d%n", files, rejected, escapes.size()));
        out.append(String.format("translated expectations %d, passed %d (%.1f %%); as exact strings %d (%.1f %%)%n", translated,
                passed, translated == 0 ? 0.0 : 100.0 * passed / translated, exact,
                translated == 0 ? 0.0 : 100.0 * exact / translated));
        perFolder.forEach((folder, c) -> out.append(String.format("  %-16s files %4d  translated %4d  passed %4d  exact %4d%n",
                folder, c[0], c[1], c[2], c[3])));
        escapes.forEach(e -> out.append("ESCAPE ").append(e).append('\n'));
        failures.forEach(f -> out.append("FAIL ").append(f).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/feedparser-conformance.txt"), out.toString());
        int summary = out.indexOf("ESCAPE ") >= 0 ? out.indexOf("ESCAPE ") : out.indexOf("FAIL ");
        System.out.println(summary < 0 ? out : out.substring(0, summary));
    }
}
