package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision and recall on the sets written by someone who had not seen the rules: the news sets
 * (news/ to news-5/, each held out when written and used to develop the rules since) and the held-out set
 * (held-out/, never tuned on). The floors are the figures the default rules reach, so that a
 * change that makes tagging worse on these texts fails; docs/QUALITY.md lists them beside the targets.
 */
class WrittenSetsQualityTest {
    /** set → kind → {precision floor, recall floor}. */
    private static final Map<Path, Map<String, double[]>> FLOORS = Map.of(
            LabelledSet.NEWS, Map.of(
                    "countries", new double[] {0.92, 0.83},
                    "regions", new double[] {0.92, 0.88},
                    "topics", new double[] {0.82, 0.82}),
            LabelledSet.NEWS_2, Map.of(
                    "countries", new double[] {0.83, 0.88},
                    "regions", new double[] {0.85, 0.91},
                    "topics", new double[] {0.87, 0.76}),
            LabelledSet.NEWS_3, Map.of(
                    "countries", new double[] {0.91, 0.84},
                    "regions", new double[] {0.95, 0.90},
                    "topics", new double[] {0.84, 0.84}),
            LabelledSet.NEWS_4, Map.of(
                    "countries", new double[] {0.77, 0.81},
                    "regions", new double[] {0.82, 0.86},
                    "topics", new double[] {0.83, 0.87}),
            LabelledSet.NEWS_5, Map.of(
                    "countries", new double[] {0.86, 0.70},
                    "regions", new double[] {0.89, 0.81},
                    "topics", new double[] {0.73, 0.82}),
            LabelledSet.HELD_OUT, Map.of(
                    "countries", new double[] {0.81, 0.75},
                    "regions", new double[] {0.82, 0.80},
                    "topics", new double[] {0.78, 0.88}));
    /** How many items each set holds, all of them files of the set. */
    private static final Map<Path, Integer> SIZES = Map.of(LabelledSet.NEWS, 40, LabelledSet.NEWS_2, 40,
            LabelledSet.NEWS_3, 40, LabelledSet.NEWS_4, 40, LabelledSet.NEWS_5, 60,
            LabelledSet.HELD_OUT, 60);

    static List<Arguments> setsAndKinds() {
        return List.of(LabelledSet.NEWS, LabelledSet.NEWS_2, LabelledSet.NEWS_3, LabelledSet.NEWS_4,
                LabelledSet.NEWS_5, LabelledSet.HELD_OUT).stream()
                .flatMap(set -> List.of("countries", "regions", "topics").stream().map(kind -> Arguments.of(set, kind)))
                .toList();
    }

    private static TaggingQuality measure(Path set) {
        TaggingQuality q = TaggingQuality.measure(ArticleFixtures.TAGS, LabelledSet.load(set));
        assertEquals(SIZES.get(set), q.items, set::toString);
        return q;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setsAndKinds")
    void eachKindIsFoundWithAtLeastItsFloorPrecisionAndRecall(Path set, String kind) {
        TaggingQuality quality = measure(set);
        TaggingQuality.Counts c = quality.kinds.get(kind);
        double[] floor = FLOORS.get(set).get(kind);
        assertTrue(c.precision() >= floor[0], () -> set + " " + kind + " precision " + c.precision() + " < "
                + floor[0] + "\n" + String.join("\n", quality.disagreements));
        assertTrue(c.recall() >= floor[1], () -> set + " " + kind + " recall " + c.recall() + " < " + floor[1]
                + "\n" + String.join("\n", quality.disagreements));
    }
}
