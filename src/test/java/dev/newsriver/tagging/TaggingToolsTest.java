package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The measuring tools behind scripts/tagging-sensitivity and scripts/tagging-learned-baseline. */
class TaggingToolsTest {
    @Test
    void sensitivityFindsEveryScoringNumberAndNothingBelowTheGazetteer() {
        String yaml = """
                threshold: 0.6   # published from here
                scoring:
                  scale: 2.0
                  where: {title: 3.0, body: 1}
                gazetteer:
                  weight: 9
                """;
        List<TaggingSensitivity.Setting> found = TaggingSensitivity.settings(yaml);
        assertEquals(List.of("threshold", "scale", "where.title", "where.body"),
                found.stream().map(TaggingSensitivity.Setting::name).toList());
        TaggingSensitivity.Setting title = found.get(2);
        assertEquals("3.0", yaml.substring(title.start(), title.end()));
        assertEquals(3.0, title.value());
    }

    @Test
    void sensitivityReadsTheShippedRules() throws IOException {
        List<String> names = TaggingSensitivity.settings(Files.readString(ArticleFixtures.TAGS)).stream()
                .map(TaggingSensitivity.Setting::name).toList();
        assertTrue(names.containsAll(List.of("threshold", "scale", "relative", "where.body", "evidence.city")),
                names::toString);
    }

    @Test
    void learnedBaselineSeparatesWhatASingleFeatureSeparates() {
        List<TaggingLearnedBaseline.Row> rows = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double x = (k - 20) / 10.0;
            rows.add(new TaggingLearnedBaseline.Row(k, x > 0.05, false, new double[] {x, 1}));
        }
        double[] mean = {0, 1};
        double[] sd = {1, 1};
        double[] w = TaggingLearnedBaseline.fit(rows, mean, sd, 0.01);
        for (TaggingLearnedBaseline.Row r : rows) {
            double p = TaggingLearnedBaseline.predict(w, r.x(), mean, sd);
            assertEquals(r.labelled(), p >= 0.5, () -> "x " + r.x()[0] + " p " + p);
        }
    }

    @Test
    void contextWordsAreThoseOfTheSentencesThatNameTheCandidateWithoutItsName() {
        var article = ArticleFixtures.article("Talks resume in Doha", null,
                "Qatar hosted the talks. Rwanda sent a delegation.\nObservers from Qatar's neighbours came too.");
        Tag qatar = new Tag("qatar", Tag.Kind.COUNTRY, "QAT", "Qatar", 0.5,
                List.of(new Evidence("Qatar", 2, Evidence.Where.BODY), new Evidence("Doha", 1, Evidence.Where.TITLE)));
        Map<String, Integer> vocabulary = new HashMap<>();
        int[] ids = TaggingLearnedBaseline.contextWords(qatar, TaggingLearnedBaseline.sentences(article), vocabulary);
        Map<Integer, String> words = vocabulary.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        assertEquals(Set.of("talks", "resume", "in", "hosted", "the", "observers", "from", "s", "neighbours", "came",
                "too"), Arrays.stream(ids).mapToObj(words::get).collect(Collectors.toSet()));
    }

    @Test
    void learnedBaselineLearnsAContextWordThatAloneSeparates() {
        List<TaggingLearnedBaseline.Row> rows = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            boolean hosted = k % 2 == 0;
            rows.add(new TaggingLearnedBaseline.Row(k, hosted, false, new double[] {1},
                    hosted ? new int[] {0, 1} : new int[] {1}));
        }
        double[] mean = {1};
        double[] sd = {1};
        double[] w = TaggingLearnedBaseline.fit(rows, mean, sd, 0.01, 2);
        for (TaggingLearnedBaseline.Row r : rows) {
            double p = TaggingLearnedBaseline.predict(w, r, mean, sd);
            assertEquals(r.labelled(), p >= 0.5, () -> Arrays.toString(r.words()) + " p " + p);
        }
    }

    @Test
    void theBootstrapIntervalHoldsTheFigureAndNarrowsToItWhenItemsAgree() {
        TaggingQuality same = new TaggingQuality();
        same.perItem.put("countries", new ArrayList<>(java.util.Collections.nCopies(50, new int[] {2, 1, 1})));
        double[] point = same.interval("countries", 500, 7);
        assertEquals(List.of(2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0), Arrays.stream(point).boxed().toList());

        TaggingQuality mixed = new TaggingQuality();
        List<int[]> items = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            items.add(k % 2 == 0 ? new int[] {1, 0, 0} : new int[] {0, 1, 1});
        }
        mixed.perItem.put("countries", items);
        double[] i = mixed.interval("countries", 2000, 7);
        // precision and recall are both 0.5; 200 items give about ± 0.07
        assertTrue(i[0] > 0.38 && i[0] < 0.47 && i[1] > 0.53 && i[1] < 0.62, () -> Arrays.toString(i));
        assertTrue(i[2] > 0.38 && i[2] < 0.47 && i[3] > 0.53 && i[3] < 0.62, () -> Arrays.toString(i));
    }
}
