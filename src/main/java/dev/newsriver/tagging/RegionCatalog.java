package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region hierarchy: country → UN sub-region → continent, plus the named groupings of
 * {@code tags.yml}; each region's label and the words that name it. A grouping whose id is also a
 * sub-region's (central-asia) is one region with the words of both. Immutable and thread-safe.
 */
final class RegionCatalog {
    private final Gazetteer gazetteer;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final Map<String, List<String>> regionsOf = new LinkedHashMap<>();

    RegionCatalog(Gazetteer gazetteer, TagRules rules) {
        this.gazetteer = gazetteer;
        for (Gazetteer.Region r : gazetteer.regions()) {
            labels.put(r.id(), r.label());
            words.computeIfAbsent(r.id(), k -> new ArrayList<>()).addAll(r.words());
        }
        for (Gazetteer.Country c : gazetteer.countries()) {
            List<String> ids = new ArrayList<>();
            if (!c.subregion().isEmpty()) {
                ids.add(c.subregion());
            }
            ids.add(c.continent());
            regionsOf.put(c.id(), ids);
        }
        for (TagRules.Grouping g : rules.groupings()) {
            labels.put(g.id(), g.label());
            words.computeIfAbsent(g.id(), k -> new ArrayList<>()).addAll(g.words());
            for (String country : g.countries()) {
                List<String> ids = regionsOf.get(country);
                if (!ids.contains(g.id())) {
                    ids.add(g.id());
                }
            }
        }
    }

    List<Gazetteer.Country> countries() {
        return gazetteer.countries();
    }

    Gazetteer.Country country(String id) {
        return gazetteer.country(id);
    }

    boolean isRegion(String id) {
        return labels.containsKey(id);
    }

    String label(String id) {
        return labels.get(id);
    }

    Map<String, List<String>> regionWords() {
        return words;
    }

    /** The sub-region, continent and groupings a country belongs to. */
    List<String> regionsOf(String countryId) {
        return regionsOf.getOrDefault(countryId, List.of());
    }

    /** Every region id with its label, in order: sub-regions, continents, then groupings. */
    Map<String, String> labels() {
        return labels;
    }
}
