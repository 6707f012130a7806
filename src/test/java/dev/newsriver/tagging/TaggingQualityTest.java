package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the hand-labelled set (labels.yml). The floors are the figures the
 * default rules reach today, so that a change that makes tagging worse fails; docs/QUALITY.md
 * lists them beside the targets of the issue.
 */
class TaggingQualityTest {
    /** kind → {precision floor, recall floor}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "countries", new double[] {0.95, 0.90},
            "regions", new double[] {0.95, 0.95},
            "topics", new double[] {0.93, 0.89});

    private static TaggingQuality quality;

    @BeforeAll
    static void measure() {
        assumeTrue(LabelledSet.readabilityAvailable(), "../shared/corpora is absent: the labelled set is incomplete");
        quality = TaggingQuality.measure(ArticleFixtures.TAGS, LabelledSet.load());
        quality.print(System.out);
    }

    @Test
    void theLabelledSetHasAtLeastEightyItems() {
        assertTrue(quality.items >= 80, () -> quality.items + " items");
    }

    @Test
    void countriesAreFoundWithAtLeastTheirFloorPrecisionAndRecall() {
        check("countries");
    }

    @Test
    void regionsAreFoundWithAtLeastTheirFloorPrecisionAndRecall() {
        check("regions");
    }

    @Test
    void topicsAreFoundWithAtLeastTheirFloorPrecisionAndRecall() {
        check("topics");
    }

    private static void check(String kind) {
        TaggingQuality.Counts c = quality.kinds.get(kind);
        double[] floor = FLOORS.get(kind);
        assertTrue(c.precision() >= floor[0], () -> kind + " precision " + c.precision() + " < " + floor[0]
                + "\n" + String.join("\n", quality.disagreements));
        assertTrue(c.recall() >= floor[1], () -> kind + " recall " + c.recall() + " < " + floor[1]
                + "\n" + String.join("\n", quality.disagreements));
    }
}
