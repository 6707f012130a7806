package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each set's labels.yml (the main set, the news sets and the held-out one) holds the majority of its
 * three annotators, who labelled every item with known ids.
 */
class AnnotationsTest {
    static List<Path> sets() {
        return List.of(LabelledSet.LABELS, LabelledSet.NEWS, LabelledSet.NEWS_2, LabelledSet.NEWS_3,
                LabelledSet.NEWS_4, LabelledSet.NEWS_5, LabelledSet.HELD_OUT);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyAnnotatorLabelledEveryItemAndNoOther(Path set) {
        Map<String, Annotations.Entry> combined = Annotations.combined(set);
        Annotations.load(set).forEach((name, labels) -> assertEquals(combined.keySet(), labels.keySet(), name));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void theLabelsAreWhatAtLeastTwoAnnotatorsGave(Path set) {
        Map<String, Annotations.Entry> combined = Annotations.combined(set);
        Map<String, Map<String, Annotations.Entry>> annotators = Annotations.load(set);
        List<String> wrong = new ArrayList<>();
        for (String id : combined.keySet()) {
            List<Annotations.Entry> three = annotators.values().stream().map(a -> a.get(id)).toList();
            for (String kind : List.of("countries", "regions", "topics")) {
                Set<String> majority = Set.copyOf(Annotations.majority(three, kind));
                if (!majority.equals(Set.copyOf(combined.get(id).get(kind)))) {
                    wrong.add(id + " " + kind + ": labels.yml " + combined.get(id).get(kind) + ", majority " + majority);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theMajorityKeepsALabelGivenTwiceAndDropsOneGivenOnce() {
        Annotations.Entry a = new Annotations.Entry("x", List.of("niger", "mali"), List.of(), List.of("coups"));
        Annotations.Entry b = new Annotations.Entry("x", List.of("niger"), List.of(), List.of("coups", "elections"));
        Annotations.Entry c = new Annotations.Entry("x", List.of("mali", "chad"), List.of(), List.of());
        assertEquals(List.of("niger", "mali"), Annotations.majority(List.of(a, b, c), "countries"));
        assertEquals(List.of("coups"), Annotations.majority(List.of(a, b, c), "topics"));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyLabelIsAKnownCountryRegionOrTopic(Path set) {
        Gazetteer g = Gazetteer.standard();
        TagRules rules = TagRulesReader.read(ArticleFixtures.TAGS, g);
        RegionCatalog catalog = new RegionCatalog(g, rules);
        Set<String> topics = Set.copyOf(rules.topics().stream().map(TopicRule::id).toList());
        List<String> unknown = new ArrayList<>();
        Annotations.load(set).forEach((name, labels) -> labels.values().forEach(e -> {
            e.countries().stream().filter(c -> catalog.country(c) == null)
                    .forEach(c -> unknown.add(name + " " + e.id() + ": country " + c));
            e.regions().stream().filter(r -> !catalog.isRegion(r))
                    .forEach(r -> unknown.add(name + " " + e.id() + ": region " + r));
            e.topics().stream().filter(t -> !topics.contains(t))
                    .forEach(t -> unknown.add(name + " " + e.id() + ": topic " + t));
        }));
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }
}
