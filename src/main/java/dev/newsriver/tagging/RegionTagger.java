package dev.newsriver.tagging;

import dev.newsriver.article.Evidence.Where;
import dev.newsriver.article.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds countries, sub-regions, continents and groupings in an item in one pass over its tokens:
 * the longest gazetteer phrase at each token wins ("Guinea-Bissau" over "Guinea", "Niger Delta" over
 * "Niger"). Countries are scored from their evidence; a region gets the evidence of its published
 * countries plus its own words ("Sahel"). Immutable after construction and thread-safe.
 */
final class RegionTagger {
    /** What a gazetteer phrase means: a tag id (null for a "not a place" phrase) and the kind of word. */
    record Place(String id, String kind, boolean ambiguous) {
    }

    /** A state or province of {@code country} ("Ind."); {@code dot}: written with a final dot. */
    record Qualifier(String country, boolean dot) {
    }

    private final TagRules rules;
    private final RegionCatalog catalog;
    private final PhraseTrie<Place> trie;
    private final PhraseTrie<Qualifier> qualifiers;

    RegionTagger(RegionCatalog catalog, TagRules rules, Vocabulary vocabulary) {
        this.rules = rules;
        this.trie = new PhraseTrie<>(vocabulary);
        this.catalog = catalog;
        for (Gazetteer.Country c : catalog.countries()) {
            c.names().forEach(n -> add(n, c.id(), "name"));
            c.demonyms().forEach(n -> add(n, c.id(), "demonym"));
            c.cities().forEach(n -> add(n, c.id(), "city"));
        }
        catalog.regionWords().forEach((id, words) -> words.forEach(w -> add(w, id, "name")));
        rules.notPlaces().forEach(n -> trie.add(Phrase.of(n, true), new Place(null, "none", false)));
        this.qualifiers = new PhraseTrie<>(vocabulary);
        rules.townsIn().forEach((country, names) -> names.forEach(n ->
                qualifiers.add(Phrase.of(n, true), new Qualifier(country, n.endsWith(".")))));
    }

    private void add(String phrase, String id, String kind) {
        boolean ambiguous = rules.ambiguous().contains(TagRulesReader.key(phrase));
        trie.add(Phrase.of(phrase, true), new Place(id, kind, ambiguous));
    }

    /** The countries and regions scoring at least {@code minScore}, in no particular order. */
    List<Tag> tag(TextTokens t, double minScore) {
        Map<String, EvidenceTally> found = scan(t);
        double bodyFactor = Salience.bodyFactor(rules, t, rules.placePower());
        RegionSums regions = new RegionSums();
        List<Tag> tags = new ArrayList<>();
        countryWeights(found, bodyFactor).forEach((id, w) -> {
            double score = EvidenceTally.score(w, rules.scale());
            if (!found.get(id).corroborated()) {
                // an ambiguous name alone, however often, is a candidate but never published
                score = Math.min(score, Math.floor(rules.threshold() * 100 - 1) / 100);
            }
            if (score >= minScore) {
                Gazetteer.Country c = catalog.country(id);
                tags.add(new Tag(id, Tag.Kind.COUNTRY, c.code(), c.label(), score, found.get(id).evidence()));
            }
            if (score >= rules.threshold()) {
                catalog.regionsOf(id).forEach(region -> regions.add(region, found.get(id), w));
            }
        });
        Set<String> ofCountries = Set.copyOf(regions.weights.keySet());
        found.forEach((id, tally) -> {
            // a source files by desk ("Europe" for Georgia or Turkey): a region it alone names, beside
            // published countries none of which lies in that region, is the desk, not the place
            boolean desk = tally.onlyIn(Where.CATEGORY) && !ofCountries.isEmpty() && !ofCountries.contains(id);
            if (catalog.isRegion(id) && !desk) {
                regions.add(id, tally, tally.weight(rules, bodyFactor, rules.spread()));
            }
        });
        regions.weights.forEach((id, w) -> {
            double score = EvidenceTally.score(w, rules.scale());
            if (score >= minScore) {
                EvidenceTally tally = regions.tallies.get(id);
                tags.add(new Tag(id, Tag.Kind.REGION, null, catalog.label(id), score, tally.evidence()));
            }
        });
        return tags;
    }

    /** The evidence and weight each region collects from its published countries and its own words. */
    private static final class RegionSums {
        private final Map<String, EvidenceTally> tallies = new HashMap<>();
        private final Map<String, Double> weights = new LinkedHashMap<>();

        void add(String region, EvidenceTally evidence, double weight) {
            tallies.computeIfAbsent(region, r -> new EvidenceTally()).addAll(evidence);
            weights.merge(region, weight, Double::sum);
        }
    }

    private Map<String, EvidenceTally> scan(TextTokens t) {
        // the longest phrase at each place word, in text order; a group holds several if they share the name
        List<List<PhraseTrie.Hit<Place>>> groups = new ArrayList<>();
        // per group, the state that makes it a town of another country ("PERU, Ind."), or null
        List<PhraseTrie.Hit<Qualifier>> states = new ArrayList<>();
        Map<Phrase, String> towns = null;
        int next = 0;
        for (int k = 0; k < t.knownCount(); k++) {
            int i = t.known(k);
            if (i < next || !trie.startsWith(t.id(i))) {
                continue;
            }
            List<PhraseTrie.Hit<Place>> hits = trie.longest(t, i);
            if (hits.isEmpty()) {
                continue;
            }
            next = hits.get(0).to();
            if (hits.size() > 1 || hits.get(0).value().id() != null) {
                PhraseTrie.Hit<Qualifier> state = stateAfter(t, hits);
                groups.add(hits);
                states.add(state);
                if (state != null) {
                    towns = towns == null ? new IdentityHashMap<>() : towns;
                    for (PhraseTrie.Hit<Place> h : hits) {
                        towns.put(h.phrase(), state.value().country());
                    }
                    next = state.to();
                }
            }
        }
        Map<String, EvidenceTally> found = new LinkedHashMap<>();
        boolean shared = false;
        for (int g = 0; g < groups.size(); g++) {
            PhraseTrie.Hit<Place> first = groups.get(g).get(0);
            String town = towns == null ? null : towns.get(first.phrase());
            if (town != null) {
                // one sense per item: once named as a town of another country, the name is that town throughout
                int to = states.get(g) == null ? first.to() : states.get(g).to();
                found.computeIfAbsent(town, c -> new EvidenceTally())
                        .add(first.phrase(), t, first.from(), to, "city", false);
            } else if (groups.get(g).size() == 1) {
                record(found, t, first);
            } else {
                shared = true;
            }
        }
        if (shared) {
            Map<String, Integer> own = new HashMap<>();
            found.forEach((id, tally) -> own.put(id, tally.mentions()));
            for (List<PhraseTrie.Hit<Place>> hits : groups) {
                if (hits.size() > 1 && (towns == null || !towns.containsKey(hits.get(0).phrase()))) {
                    resolve(found, own, t, hits);
                }
            }
        }
        return found;
    }

    /**
     * The state or province right after a place name and a comma that makes the name a town of another
     * country than the name's own ("Peru, Ind.", "Athens, Ga."), or null. A state that goes on into a list
     * ("Mexico, California and Arizona") is a place of its own, not the town's, and a demonym names no town
     * ("a Mexican, Texas-born singer").
     */
    private PhraseTrie.Hit<Qualifier> stateAfter(TextTokens t, List<PhraseTrie.Hit<Place>> hits) {
        int last = hits.get(0).to() - 1;
        if (last + 1 >= t.size() || t.id(last + 1) < 0 || !t.commaAfter(last)
                || hits.stream().anyMatch(h -> h.value().kind().equals("demonym"))) {
            return null;
        }
        for (PhraseTrie.Hit<Qualifier> state : qualifiers.longest(t, last + 1)) {
            Qualifier q = state.value();
            int after = state.to();
            boolean list = after < t.size() && t.paragraph(after) == t.paragraph(last)
                    && t.where(after) == t.where(last) && (t.is(after, "and") || t.is(after, "or"));
            if ((!q.dot() || t.dotAfter(state.to() - 1)) && !list
                    && hits.stream().noneMatch(h -> q.country().equals(h.value().id()))) {
                return state;
            }
        }
        return null;
    }

    /**
     * A name shared by several places ("Congo", "Congolese", "Dominican") counts for the one of them with
     * the most other mentions in the item ({@code own}: before any shared name was counted), for each of
     * them in a tie, or for all of them when none has other evidence.
     */
    private void resolve(Map<String, EvidenceTally> found, Map<String, Integer> own, TextTokens t,
                         List<PhraseTrie.Hit<Place>> hits) {
        int most = 0;
        for (PhraseTrie.Hit<Place> h : hits) {
            most = Math.max(most, h.value().id() == null ? 0 : own.getOrDefault(h.value().id(), 0));
        }
        for (PhraseTrie.Hit<Place> h : hits) {
            String id = h.value().id();
            if (id != null && (most == 0 || own.getOrDefault(id, 0) == most)) {
                record(found, t, h);
            }
        }
    }

    private void record(Map<String, EvidenceTally> found, TextTokens t, PhraseTrie.Hit<Place> h) {
        Place p = h.value();
        String kind = p.kind().equals("demonym") && namesOrganisation(t, h.from(), h.to()) ? "organisation" : p.kind();
        found.computeIfAbsent(p.id(), k -> new EvidenceTally())
                .add(h.phrase(), t, h.from(), h.to(), kind, p.ambiguous());
    }

    /**
     * Whether the capitalized words right after a demonym at [from, to) hold one of the organisation words
     * ("American Sign Museum", "British Journal of …"): then the demonym is part of a name.
     */
    private boolean namesOrganisation(TextTokens t, int from, int to) {
        if (rules.organisationWords().isEmpty()) {
            return false;
        }
        for (int j = to; j < Math.min(t.size(), to + 4); j++) {
            if (t.where(j) != t.where(from) || t.paragraph(j) != t.paragraph(from) || !t.startsUpper(j)) {
                return false;
            }
            if (rules.organisationWords().contains(TextTokens.normalize(t.surface(j)))) {
                return true;
            }
        }
        return false;
    }

    /** Weights of the countries found, after setting aside confused demonyms and the relative rule. */
    private Map<String, Double> countryWeights(Map<String, EvidenceTally> found, double bodyFactor) {
        Map<String, Double> weights = new LinkedHashMap<>();
        found.forEach((id, tally) -> {
            if (catalog.country(id) != null) {
                double w = tally.weight(rules, bodyFactor, rules.spread());
                // named only by its cities, and only in the body: the cities stand for themselves
                weights.put(id, tally.onlyKind("city") && tally.onlyIn(Where.BODY) ? w * rules.kindWeight("city") : w);
            }
        });
        for (List<String> pair : rules.confusable()) {
            dropConfused(found, weights, pair.get(0), pair.get(1));
            dropConfused(found, weights, pair.get(1), pair.get(0));
        }
        return Salience.relative(rules, weights, found);
    }

    private static void dropConfused(Map<String, EvidenceTally> found, Map<String, Double> weights,
                                     String strong, String weak) {
        Double s = weights.get(strong);
        Double w = weights.get(weak);
        if (s != null && w != null && found.get(weak).onlyKind("demonym") && w * 3 <= s) {
            weights.remove(weak);
        }
    }
}
