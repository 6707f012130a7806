package dev.newsriver.tagging;

import dev.newsriver.article.Evidence.Where;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a tag's evidence stands out in its item: mentions in a long body count for less, and a
 * tag found only in the body that is far weaker than the strongest tag of its kind is weighed down.
 * So a country named twice in passing in a long feature is not published beside the one it is about.
 * Stateless and thread-safe.
 */
final class Salience {
    private Salience() {
    }

    /** 1 for bodies up to {@code bodyLength} words, then (bodyLength / words) raised to {@code power}. */
    static double bodyFactor(TagRules rules, TextTokens t, double power) {
        int words = t.bodyWords();
        if (rules.bodyLength() <= 0 || words <= rules.bodyLength()) {
            return 1;
        }
        return Math.pow(rules.bodyLength() / words, power);
    }

    /**
     * Weights after the relative rule: a tag whose evidence is all in the body and whose weight w is
     * below {@code relative} × the strongest weight W becomes w × w / (relative × W).
     */
    static Map<String, Double> relative(TagRules rules, Map<String, Double> weights,
                                        Map<String, EvidenceTally> tallies) {
        if (weights.isEmpty() || rules.relative() <= 0) {
            return weights;
        }
        double bar = rules.relative() * Collections.max(weights.values());
        Map<String, Double> out = new LinkedHashMap<>();
        weights.forEach((id, w) -> out.put(id, w < bar && tallies.get(id).onlyIn(Where.BODY) ? w * w / bar : w));
        return out;
    }
}
