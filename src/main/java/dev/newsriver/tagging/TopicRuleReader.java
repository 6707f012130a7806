package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code topics} section of {@code tags.yml}. One instance per read; not thread-safe. */
final class TopicRuleReader {
    private static final Set<String> TOPIC = Set.of("label", "any", "all", "none", "ignore", "near", "regions",
            "case", "weight");
    private static final Set<String> NEAR = Set.of("a", "b", "within");
    private static final Set<String> REGIONS = Set.of("any", "except");
    private static final int MAX_WITHIN = 50;

    private final YamlNodes yaml;
    private final Set<String> regionIds;

    TopicRuleReader(YamlNodes yaml, Set<String> regionIds) {
        this.yaml = yaml;
        this.regionIds = regionIds;
    }

    List<TopicRule> topics(Node node) {
        List<TopicRule> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : yaml.mapping(node, "topics", null).entrySet()) {
            out.add(topic(e.getKey(), e.getValue()));
        }
        return out;
    }

    private TopicRule topic(String id, Node node) {
        String what = "topic '" + id + "'";
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw yaml.fail(node, what + ": the id must be a lower-case slug such as us-troops");
        }
        Map<String, Node> t = yaml.mapping(node, what, TOPIC);
        boolean capitalized = t.containsKey("case") && caseRule(t.get("case"), what);
        List<Phrase> any = phrases(t.get("any"), what + ".any", capitalized);
        List<List<Phrase>> all = new ArrayList<>();
        if (t.containsKey("all")) {
            for (Node group : yaml.items(t.get("all"), what + ".all")) {
                all.add(phrases(group, what + ".all", capitalized));
            }
        }
        List<TopicRule.Near> near = new ArrayList<>();
        if (t.containsKey("near")) {
            for (Node n : yaml.items(t.get("near"), what + ".near")) {
                near.add(near(n, what + ".near", capitalized));
            }
        }
        if (any.isEmpty() && all.isEmpty() && near.isEmpty()) {
            throw yaml.fail(node, what + ": needs at least one of 'any', 'all' or 'near'");
        }
        List<Phrase> none = phrases(t.get("none"), what + ".none", capitalized);
        List<Phrase> ignore = phrases(t.get("ignore"), what + ".ignore", capitalized);
        Map<String, Node> regions = t.containsKey("regions")
                ? yaml.mapping(t.get("regions"), what + ".regions", REGIONS) : Map.of();
        String label = t.containsKey("label") ? yaml.scalar(t.get("label"), what + ".label") : id;
        double weight = t.containsKey("weight") ? yaml.number(t.get("weight"), what + ".weight", 0.01, 10) : 1;
        return new TopicRule(id, label, any, List.copyOf(all), none, ignore, List.copyOf(near),
                regions(regions.get("any"), what + ".regions.any"),
                regions(regions.get("except"), what + ".regions.except"), weight, yaml.line(node));
    }

    private boolean caseRule(Node node, String what) {
        String value = yaml.scalar(node, what + ".case");
        if (!value.equals("sensitive") && !value.equals("insensitive")) {
            throw yaml.fail(node, what + ".case must be 'sensitive' or 'insensitive', not '" + value + "'");
        }
        return value.equals("sensitive");
    }

    private TopicRule.Near near(Node node, String what, boolean capitalized) {
        Map<String, Node> n = yaml.mapping(node, what, NEAR);
        for (String key : List.of("a", "b", "within")) {
            if (!n.containsKey(key)) {
                throw yaml.fail(node, what + ": missing '" + key + "'");
            }
        }
        int within = (int) yaml.number(n.get("within"), what + ".within", 1, MAX_WITHIN);
        return new TopicRule.Near(phrases(n.get("a"), what + ".a", capitalized),
                phrases(n.get("b"), what + ".b", capitalized), within);
    }

    private List<Phrase> phrases(Node node, String what, boolean capitalized) {
        if (node == null) {
            return List.of();
        }
        List<Phrase> out = new ArrayList<>();
        for (Node item : yaml.items(node, what)) {
            if (!(item instanceof ScalarNode)) {
                throw yaml.fail(item, what + ": expected a phrase, found a nested list or mapping");
            }
            String text = yaml.scalar(item, what + " phrase");
            // "=primaries": this form only, not "primary" (a school, a cause)
            boolean exact = text.startsWith("=");
            Phrase p = Phrase.of(exact ? text.substring(1).strip() : text, capitalized, exact);
            if (p.isEmpty()) {
                throw yaml.fail(item, what + ": the phrase '" + text + "' has no words");
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private List<String> regions(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Node item : yaml.items(node, what)) {
            String id = yaml.scalar(item, what + " entry");
            if (!regionIds.contains(id)) {
                throw yaml.fail(item, what + ": unknown region '" + id + "'");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
