package dev.newsriver.clean;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractors over the Readability test pages and writes one predictions file per extractor
 * ({@code {case: {"articleBody": text}}}) for {@code ../shared/tools/extraction-score}, then prints
 * their F1 and the metadata accuracy. Run by {@code scripts/eval-extraction}.
 */
public final class ExtractionEval {

    private static final SourceRef SOURCE = new SourceRef("corpus", "Readability test pages");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractionEval() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/eval");
        Files.createDirectories(out);
        Cleaner cleaner = new Cleaner();
        MetadataTally html = new MetadataTally();
        run(out, "newsriver-html", c -> html.add(c, clean(cleaner, c, RawDocument.Format.HTML)));
        run(out, "newsriver-text", c -> clean(cleaner, c, RawDocument.Format.TEXT).text());
        MetadataTally baseline = new MetadataTally();
        run(out, "readability4j-html", c -> baseline(c, baseline));
        System.out.println("metadata (newsriver-html): " + html);
        System.out.println("metadata (readability4j-html): " + baseline + " (it reads no date)");
    }

    private static void run(Path out, String name, Function<ReadabilityCorpus.Case, String> extractor)
            throws IOException {
        Map<String, Map<String, String>> predicted = new LinkedHashMap<>();
        ShingleScore score = new ShingleScore();
        for (ReadabilityCorpus.Case c : ReadabilityCorpus.cases()) {
            String text = safely(extractor, c);
            predicted.put(c.id(), Map.of("articleBody", text));
            score.add(c.expectedText(), text);
        }
        Files.writeString(out.resolve(name + ".json"), JSON.writeValueAsString(predicted));
        System.out.printf(Locale.ROOT, "%-20s cases=%d precision=%.3f recall=%.3f f1=%.3f%n", name, score.pages(),
                score.precision(), score.recall(), score.f1());
    }

    private static String safely(Function<ReadabilityCorpus.Case, String> extractor, ReadabilityCorpus.Case c) {
        try {
            return extractor.apply(c);
        } catch (RuntimeException e) {
            System.err.println(c.id() + ": " + e.getMessage());
            return "";
        }
    }

    static Article clean(Cleaner cleaner, ReadabilityCorpus.Case c, RawDocument.Format format) {
        String content = format == RawDocument.Format.HTML ? c.html() : c.text();
        return cleaner.clean(new RawDocument(SOURCE, c.dir().resolve("source").toUri().toString(), format, content,
                null, "http://fakehost/test/page.html", null, null, null, null));
    }

    private static String baseline(ReadabilityCorpus.Case c, MetadataTally tally) {
        var article = new Readability4J("http://fakehost/test/page.html", c.html()).parse();
        tally.add(c, article.getTitle(), article.getByline(), null);
        String text = article.getTextContent();
        return text == null ? "" : text.strip();
    }
}
