package dev.newsriver.tagging;

import dev.newsriver.article.Evidence.Where;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration of {@code feeds/tags.yml}: the publish threshold, how evidence is weighed, how
 * ambiguous place names are treated, the named groupings of countries and the topic rules.
 * Immutable and thread-safe; read with {@link TagRulesReader}.
 *
 * @param file        where the rules were read from (for messages)
 * @param threshold   tags scoring below this are not published
 * @param scale       score = 1 - exp(-weight / scale)
 * @param spread      added to a place's weight for each further paragraph of the body that names it (less in
 *                    long bodies, like body mentions)
 * @param bodyLength  body mentions weigh less in bodies longer than this many words: by the ratio
 *                    (bodyLength / words) raised to {@code placePower} for places, {@code topicPower} for topics
 * @param placePower  how fast places' body mentions lose weight with length (0.5: square root)
 * @param topicPower  the same for topics (1: in proportion, i.e. what counts is their density)
 * @param relative    a tag found only in the body, weighing less than this share of the strongest tag of
 *                    its kind, is weighed down in proportion
 * @param where       weight of one mention per part of the item
 * @param kinds       weight of a name, demonym, city and an uncorroborated ambiguous name
 * @param ambiguous   names that count only weakly unless the same country has other evidence
 * @param confusable  pairs of countries whose demonyms are confused ("Nigerian" for Nigerien)
 * @param notPlaces   phrases that contain a place name but do not mean the place ("Niger Delta")
 * @param organisationWords words (normalized) that make a demonym before them part of an organisation's name
 *                    ("American Academy of Pediatrics"): such a mention weighs as {@code organisation}
 * @param townsIn     per country id, the names of its states or provinces that, after a place name and a
 *                    comma, make that name a town of the country ("Peru, Ind."); a name ending in a dot
 *                    must be written with it
 * @param groupings   named groupings of countries (Sahel, Maghreb …)
 * @param topics      topic rules, in file order
 */
record TagRules(String file, double threshold, double scale, double spread, double bodyLength,
                double placePower, double topicPower, double relative,
                Map<Where, Double> where, Map<String, Double> kinds,
                Set<String> ambiguous, List<List<String>> confusable, List<String> notPlaces,
                Set<String> organisationWords, Map<String, List<String>> townsIn,
                List<Grouping> groupings, List<TopicRule> topics) {

    /** A named grouping of countries, with words that name it ("Sahel", "Sahelian"). */
    record Grouping(String id, String label, List<String> countries, List<String> words) {
    }

    static final List<String> KINDS = List.of("name", "demonym", "city", "ambiguous", "organisation");

    TagRules {
        where = Map.copyOf(where);
        kinds = Map.copyOf(kinds);
        townsIn = Map.copyOf(townsIn);
    }

    double whereWeight(Where w) {
        return where.getOrDefault(w, 1.0);
    }

    double kindWeight(String kind) {
        return kinds.getOrDefault(kind, 1.0);
    }
}
