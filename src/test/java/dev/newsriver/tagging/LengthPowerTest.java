package dev.newsriver.tagging;

import static dev.newsriver.tagging.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scoring.length-power: in a body longer than body-length, body mentions weigh
 * (body-length / words) ^ power, with one power for places and one for topics.
 */
class LengthPowerTest {
    @TempDir
    Path dir;

    private Tagger tagger(String powers) throws IOException {
        return tagger(powers, 0);
    }

    private Tagger tagger(String powers, double spread) throws IOException {
        Path file = dir.resolve("tags.yml");
        Files.writeString(file, """
                threshold: 0.5
                scoring:
                  scale: 2.0
                  spread: %s
                  body-length: 700
                  length-power: %s
                topics:
                  sanctions:
                    any: [sanction]
                """.formatted(spread, powers));
        return Tagger.load(file);
    }

    /** {@code paragraphs} paragraphs of {@code words} words each, every one naming sanctions and Mali once. */
    private static Article body(int paragraphs, int words) {
        String filler = " lorem".repeat(words - 4);
        String paragraph = "Sanctions on Mali" + filler + " end.";
        return article(null, null, String.join("\n", java.util.Collections.nCopies(paragraphs, paragraph)));
    }

    private static double score(Tagger tagger, Article a, String id) {
        return tagger.candidates(a).stream().filter(t -> t.id().equals(id)).mapToDouble(Tag::score)
                .findFirst().orElse(0);
    }

    @Test
    void aTopicsBodyWeightFallsWithItsPowerOfTheLength() throws IOException {
        Article long4 = body(4, 700); // 2,800 words: the ratio is 1/4
        double mentions = 1 + Math.log(4);
        assertEquals(expected(mentions * 0.5), score(tagger("{topics: 0.5}"), long4, "sanctions"));
        assertEquals(expected(mentions * 0.25), score(tagger("{topics: 1.0}"), long4, "sanctions"));
    }

    @Test
    void placesKeepTheirOwnPower() throws IOException {
        Article long4 = body(4, 700);
        assertEquals(score(tagger("{places: 0.5, topics: 0.5}"), long4, "mali"),
                score(tagger("{places: 0.5, topics: 1.0}"), long4, "mali"));
        assertEquals(true, score(tagger("{places: 1.0}"), long4, "mali")
                < score(tagger("{places: 0.5}"), long4, "mali"));
    }

    @Test
    void theGainForEachFurtherParagraphFallsWithTheLengthToo() throws IOException {
        double mentions = 1 + Math.log(4);
        // four paragraphs name Mali: three further ones, each gaining the spread
        assertEquals(expected(mentions + 3 * 0.2), score(tagger("{places: 0.5}", 0.2), body(4, 175), "mali"));
        assertEquals(expected((mentions + 3 * 0.2) * 0.5), score(tagger("{places: 0.5}", 0.2), body(4, 700), "mali"));
    }

    @Test
    void bodiesUpToTheLengthAreNotWeighedDown() throws IOException {
        Article short4 = body(4, 175); // 700 words
        assertEquals(score(tagger("{topics: 0.5}"), short4, "sanctions"),
                score(tagger("{topics: 2.0}"), short4, "sanctions"));
        assertEquals(expected(1 + Math.log(4)), score(tagger("{topics: 1.0}"), short4, "sanctions"));
    }

    private static double expected(double weight) {
        return EvidenceTally.score(weight, 2.0);
    }
}
