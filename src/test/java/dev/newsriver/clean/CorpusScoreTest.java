package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsriver.article.RawDocument.Format;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scores the cleaner on the Mozilla Readability test pages in {@code ../shared/corpora} with the
 * benchmark's word 4-gram F1 and fails when it drops below the floors. Skipped when the corpus is
 * not beside the project.
 */
class CorpusScoreTest {

    /** The target for HTML pages. */
    static final double HTML_FLOOR = 0.96;
    /** The target for text dumps. */
    static final double TEXT_FLOOR = 0.92;

    private final Cleaner cleaner = new Cleaner();

    @BeforeEach
    void corpusIsPresent() {
        assumeTrue(ReadabilityCorpus.present(), "no corpus at " + ReadabilityCorpus.ROOT);
    }

    @Test
    void htmlPagesScoreAtLeastTheTargetF1() {
        double f1 = score(Format.HTML);
        assertTrue(f1 >= HTML_FLOOR, () -> String.format(Locale.ROOT, "HTML F1 %.3f < %.2f", f1, HTML_FLOOR));
    }

    @Test
    void textDumpsScoreAtLeastTheTargetF1() {
        double f1 = score(Format.TEXT);
        assertTrue(f1 >= TEXT_FLOOR, () -> String.format(Locale.ROOT, "text F1 %.3f < %.2f", f1, TEXT_FLOOR));
    }

    private double score(Format format) {
        ShingleScore score = new ShingleScore();
        for (ReadabilityCorpus.Case c : ReadabilityCorpus.cases()) {
            String text;
            try {
                text = ExtractionEval.clean(cleaner, c, format).text();
            } catch (IllegalArgumentException e) {
                text = "";
            }
            score.add(c.expectedText(), text);
        }
        return score.f1();
    }
}
