package dev.newsriver.tagging;

import dev.newsriver.article.Evidence.Where;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates {@code tags.yml}. Every problem is a {@link TagRulesException} naming the file,
 * the line and the reason. One instance per read; not thread-safe.
 */
final class TagRulesReader {
    private static final Set<String> TOP = Set.of("threshold", "scoring", "gazetteer", "groupings", "topics");
    private static final Set<String> SCORING = Set.of("scale", "spread", "body-length", "relative", "where",
            "evidence", "length-power");
    private static final Set<String> POWERS = Set.of("places", "topics");
    private static final Set<String> GAZETTEER = Set.of("ambiguous", "confusable", "not-places", "organisation-words",
            "towns-in");
    private static final Set<String> GROUPING = Set.of("label", "countries", "words");

    private final String file;
    private final YamlNodes yaml;
    private final Gazetteer gazetteer;

    private TagRulesReader(String file, Gazetteer gazetteer) {
        this.file = file;
        this.yaml = new YamlNodes(file);
        this.gazetteer = gazetteer;
    }

    static TagRules read(Path path, Gazetteer gazetteer) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TagRulesException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(path.toString(), new StringReader(text), gazetteer);
    }

    static TagRules read(String file, Reader reader, Gazetteer gazetteer) {
        return new TagRulesReader(file, gazetteer).rules(reader);
    }

    private TagRules rules(Reader reader) {
        Node root = yaml.parse(reader);
        Map<String, Node> top = yaml.mapping(root, "tags.yml", TOP);
        if (!top.containsKey("threshold")) {
            throw yaml.fail(root, "missing 'threshold' (the score from which a tag is published)");
        }
        double threshold = yaml.number(top.get("threshold"), "threshold", 0, 1);
        Map<String, Node> scoring = top.containsKey("scoring")
                ? yaml.mapping(top.get("scoring"), "scoring", SCORING) : Map.of();
        double scale = scoring.containsKey("scale") ? yaml.number(scoring.get("scale"), "scoring.scale", 0.01, 100) : 2;
        double spread = scoring.containsKey("spread")
                ? yaml.number(scoring.get("spread"), "scoring.spread", 0, 10) : 0;
        double bodyLength = scoring.containsKey("body-length")
                ? yaml.number(scoring.get("body-length"), "scoring.body-length", 0, 1_000_000) : 0;
        double relative = scoring.containsKey("relative")
                ? yaml.number(scoring.get("relative"), "scoring.relative", 0, 1) : 0;
        Map<String, Double> powers = new HashMap<>(Map.of("places", 0.5, "topics", 0.5));
        if (scoring.containsKey("length-power")) {
            yaml.mapping(scoring.get("length-power"), "scoring.length-power", POWERS).forEach((k, v) ->
                    powers.put(k, yaml.number(v, "scoring.length-power." + k, 0, 2)));
        }
        Map<Where, Double> where = whereWeights(scoring.get("where"));
        Map<String, Double> kinds = kindWeights(scoring.get("evidence"));
        Map<String, Node> gaz = top.containsKey("gazetteer")
                ? yaml.mapping(top.get("gazetteer"), "gazetteer", GAZETTEER) : Map.of();
        Set<String> ambiguous = new LinkedHashSet<>();
        if (gaz.containsKey("ambiguous")) {
            yaml.strings(gaz.get("ambiguous"), "gazetteer.ambiguous").forEach(a -> ambiguous.add(key(a)));
        }
        List<List<String>> confusable = confusable(gaz.get("confusable"));
        List<String> notPlaces = gaz.containsKey("not-places")
                ? yaml.strings(gaz.get("not-places"), "gazetteer.not-places") : List.of();
        Set<String> organisationWords = new LinkedHashSet<>();
        if (gaz.containsKey("organisation-words")) {
            yaml.strings(gaz.get("organisation-words"), "gazetteer.organisation-words")
                    .forEach(w -> organisationWords.add(key(w)));
        }
        Map<String, List<String>> townsIn = townsIn(gaz.get("towns-in"));
        List<TagRules.Grouping> groupings = groupings(top.get("groupings"));
        Set<String> regionIds = regionIds(groupings);
        List<TopicRule> topics = new TopicRuleReader(yaml, regionIds).topics(top.get("topics"));
        return new TagRules(file, threshold, scale, spread, bodyLength,
                powers.get("places"), powers.get("topics"), relative, where, kinds, Set.copyOf(ambiguous),
                confusable, notPlaces, Set.copyOf(organisationWords), townsIn, groupings, topics);
    }

    /** The normalized words of a name, joined by spaces: how names are compared. */
    static String key(String name) {
        TextTokens t = TextTokens.ofPhrase(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            b.append(i == 0 ? "" : " ").append(t.norm(i));
        }
        return b.toString();
    }

    private Map<Where, Double> whereWeights(Node node) {
        Map<Where, Double> out = new HashMap<>(Map.of(Where.TITLE, 3.0, Where.LEAD, 2.0, Where.CATEGORY, 2.0,
                Where.BODY, 1.0));
        if (node != null) {
            Set<String> names = Set.of("title", "lead", "body", "category");
            yaml.mapping(node, "scoring.where", names).forEach((k, v) ->
                    out.put(Where.valueOf(k.toUpperCase(Locale.ROOT)), yaml.number(v, "scoring.where." + k, 0, 100)));
        }
        return out;
    }

    private Map<String, Double> kindWeights(Node node) {
        Map<String, Double> out = new HashMap<>(Map.of("name", 1.0, "demonym", 0.8, "city", 0.4, "ambiguous", 0.25,
                "organisation", 0.3));
        if (node != null) {
            yaml.mapping(node, "scoring.evidence", Set.copyOf(TagRules.KINDS)).forEach((k, v) ->
                    out.put(k, yaml.number(v, "scoring.evidence." + k, 0, 100)));
        }
        return out;
    }

    /** gazetteer.towns-in: country → names of its states or provinces ("united-states: [Ind., Ohio]"). */
    private Map<String, List<String>> townsIn(Node node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : yaml.mapping(node, "gazetteer.towns-in", null).entrySet()) {
            Gazetteer.Country c = gazetteer.country(e.getKey());
            if (c == null) {
                throw yaml.fail(e.getValue(), "gazetteer.towns-in: unknown country '" + e.getKey()
                        + "' (use an ISO alpha-3 code such as USA or an id such as united-states)");
            }
            List<String> names = yaml.strings(e.getValue(), "gazetteer.towns-in." + e.getKey());
            for (String name : names) {
                if (key(name).isEmpty()) {
                    throw yaml.fail(e.getValue(), "gazetteer.towns-in." + e.getKey() + ": '" + name + "' has no word");
                }
            }
            out.put(c.id(), List.copyOf(names));
        }
        return out;
    }

    private List<List<String>> confusable(Node node) {
        List<List<String>> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node pair : yaml.items(node, "gazetteer.confusable")) {
            List<String> ids = new ArrayList<>();
            for (Node c : yaml.items(pair, "gazetteer.confusable entry")) {
                ids.add(countryId(c));
            }
            if (ids.size() != 2) {
                throw yaml.fail(pair, "gazetteer.confusable entries must be pairs of countries, e.g. [niger, nigeria]");
            }
            out.add(List.copyOf(ids));
        }
        return out;
    }

    private List<TagRules.Grouping> groupings(Node node) {
        List<TagRules.Grouping> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : yaml.mapping(node, "groupings", null).entrySet()) {
            String id = e.getKey();
            String what = "grouping '" + id + "'";
            Map<String, Node> g = yaml.mapping(e.getValue(), what, GROUPING);
            if (!g.containsKey("countries")) {
                throw yaml.fail(e.getValue(), what + ": missing 'countries'");
            }
            List<String> countries = new ArrayList<>();
            for (Node c : yaml.items(g.get("countries"), what + ".countries")) {
                countries.add(countryId(c));
            }
            String label = g.containsKey("label") ? yaml.scalar(g.get("label"), what + ".label") : id;
            List<String> words = g.containsKey("words") ? yaml.strings(g.get("words"), what + ".words") : List.of();
            out.add(new TagRules.Grouping(id, label, List.copyOf(countries), List.copyOf(words)));
        }
        return out;
    }

    private String countryId(Node node) {
        String ref = yaml.scalar(node, "country");
        Gazetteer.Country c = gazetteer.country(ref);
        if (c == null) {
            throw yaml.fail(node, "unknown country '" + ref + "' (use an ISO alpha-3 code such as NER or an id"
                    + " such as niger)");
        }
        return c.id();
    }

    private Set<String> regionIds(List<TagRules.Grouping> groupings) {
        Set<String> ids = new LinkedHashSet<>();
        gazetteer.countries().forEach(c -> ids.add(c.id()));
        gazetteer.regions().forEach(r -> ids.add(r.id()));
        groupings.forEach(g -> ids.add(g.id()));
        return ids;
    }
}
