package dev.newsriver.tagging;

import dev.newsriver.article.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the topic rules of {@code tags.yml} to an item in one pass over its tokens: every rule
 * phrase (with its inflected forms) sits in one trie, the hits are gathered per rule slot, then each
 * rule's any / all / none / near / regions conditions are checked and {@link Salience} weighs them.
 * Immutable after construction and thread-safe.
 */
final class TopicTagger {
    /** The parts of a rule a phrase can belong to. */
    enum Part { ANY, NONE, IGNORE, ALL, NEAR_A, NEAR_B }

    /** Which part of which rule a phrase belongs to: any, none, ignore, all group k, near k side a or b. */
    record Slot(int topic, Part part, int index) {
    }

    private final TagRules rules;
    private final PhraseTrie<Slot> trie;

    TopicTagger(TagRules rules, Vocabulary vocabulary) {
        this.rules = rules;
        this.trie = new PhraseTrie<>(vocabulary);
        for (int t = 0; t < rules.topics().size(); t++) {
            TopicRule r = rules.topics().get(t);
            add(r.any(), new Slot(t, Part.ANY, 0));
            add(r.none(), new Slot(t, Part.NONE, 0));
            add(r.ignore(), new Slot(t, Part.IGNORE, 0));
            for (int k = 0; k < r.all().size(); k++) {
                add(r.all().get(k), new Slot(t, Part.ALL, k));
            }
            for (int k = 0; k < r.near().size(); k++) {
                add(r.near().get(k).a(), new Slot(t, Part.NEAR_A, k));
                add(r.near().get(k).b(), new Slot(t, Part.NEAR_B, k));
            }
        }
    }

    private void add(List<Phrase> phrases, Slot slot) {
        for (Phrase p : phrases) {
            for (Phrase variant : Inflections.variants(p)) {
                trie.add(variant, slot);
            }
        }
    }

    /**
     * The topics whose conditions hold and that score at least {@code minScore}; {@code regions} are
     * the item's published region ids.
     */
    List<Tag> tag(TextTokens t, Set<String> regions, double minScore) {
        TopicMatch[] matches = scan(t);
        double bodyFactor = Salience.bodyFactor(rules, t, rules.topicPower());
        Map<String, EvidenceTally> tallies = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, TopicRule> byId = new HashMap<>();
        for (TopicMatch m : matches) {
            if (m == null) {
                continue;
            }
            EvidenceTally tally = m.evidence(t, regions);
            if (tally != null) {
                tallies.put(m.rule().id(), tally);
                weights.put(m.rule().id(), tally.weight(rules, bodyFactor, 0) * m.rule().weight());
                byId.put(m.rule().id(), m.rule());
            }
        }
        List<Tag> tags = new ArrayList<>();
        Salience.relative(rules, weights, tallies).forEach((id, w) -> {
            double score = EvidenceTally.score(w, rules.scale());
            if (score >= minScore) {
                tags.add(new Tag(id, Tag.Kind.TOPIC, null, byId.get(id).label(), score, tallies.get(id).evidence()));
            }
        });
        return tags;
    }

    /** Per topic (by index), the hits of its phrases in text order; null for a topic with none. */
    private TopicMatch[] scan(TextTokens t) {
        TopicMatch[] matches = new TopicMatch[rules.topics().size()];
        for (int k = 0; k < t.knownCount(); k++) {
            int i = t.known(k);
            if (trie.startsWith(t.id(i))) {
                for (PhraseTrie.Hit<Slot> h : trie.all(t, i)) {
                    int topic = h.value().topic();
                    if (matches[topic] == null) {
                        matches[topic] = new TopicMatch(rules.topics().get(topic));
                    }
                    matches[topic].add(h);
                }
            }
        }
        return matches;
    }
}
