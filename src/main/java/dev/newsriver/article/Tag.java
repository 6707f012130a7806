package dev.newsriver.article;

import java.util.List;
import java.util.Locale;

/**
 * A region or topic attached to an item, with its score in [0, 1] and the evidence behind it.
 *
 * @param id       stable slug: "niger", "sahel", "west-africa", "us-troops"
 * @param kind     country, region (sub-region, continent or named grouping) or topic
 * @param code     ISO 3166-1 alpha-3 code for countries, else {@code null}
 * @param label    human-readable name: "Niger", "US Troops"
 * @param score    confidence in [0, 1]
 * @param evidence what was matched, how often and where; for a region inferred from its countries,
 *                 the countries' evidence
 */
public record Tag(String id, Kind kind, String code, String label, double score, List<Evidence> evidence) {

    /** What a tag describes. */
    public enum Kind {
        COUNTRY, REGION, TOPIC;

        /** The lower-case name used in JSON. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether tags of this kind are listed under an item's {@code regions}. */
        public boolean isRegion() {
            return this != TOPIC;
        }
    }

    public Tag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
