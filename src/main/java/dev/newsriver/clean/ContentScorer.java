package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a page that holds the article, in the spirit of Mozilla Readability: each
 * paragraph-like element scores by its length and commas; the score flows up to five ancestors,
 * shrinking with distance; each candidate starts from a weight for its tag and its class/id hints and
 * is discounted by its link density; the best one may give way to an ancestor that holds several
 * strong candidates. One instance scores one document; not thread-safe.
 */
final class ContentScorer {

    private static final java.util.Set<String> SCORED = java.util.Set.of("section", "h2", "h3", "h4", "h5", "h6", "p",
            "td", "pre");

    private final boolean weighClasses;
    private final Hints hints;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private TextStats stats;

    ContentScorer(boolean weighClasses, Hints hints) {
        this.weighClasses = weighClasses;
        this.hints = hints;
    }

    /** The best candidate under {@code body}, or {@code null} when nothing scores. */
    Element best(Element body) {
        stats = TextStats.of(body, SCORED);
        for (Element e : stats.collected()) {
            credit(e);
        }
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
        List<Element> top = top(5);
        if (top.isEmpty() || top.get(0) == body) {
            return null;
        }
        Element best = climb(sharedAncestor(top, body), body);
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /** The {@code n} best-scoring candidates, best first; of equal scores, the one met first comes first. */
    private List<Element> top(int n) {
        List<Element> top = new ArrayList<>(n + 1);
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue();
            int at = top.size();
            while (at > 0 && scores.get(top.get(at - 1)) < s) {
                at--;
            }
            if (at < n) {
                top.add(at, e.getKey());
                if (top.size() > n) {
                    top.remove(n);
                }
            }
        }
        return top;
    }

    /** Text and link lengths of the scored tree. */
    TextStats stats() {
        return stats;
    }

    /** The final score of a candidate, or 0 when it is none. */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private void credit(Element p) {
        int length = stats.length(p);
        if (length < 25 || p.parent() == null) {
            return;
        }
        double points = 1 + stats.commas(p) + Math.min(length / 100, 3);
        Element up = p.parent();
        for (int level = 0; up != null && level < 5 && !up.normalName().equals("html"); level++) {
            double share = points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            Double old = scores.get(up);
            scores.put(up, (old == null ? initial(up) : old) + share);
            up = up.parent();
        }
    }

    /** When three or more strong candidates share an ancestor of the best one, that ancestor. */
    private Element sharedAncestor(List<Element> top, Element body) {
        Element best = top.get(0);
        double bestScore = scores.get(best);
        List<Element> strong = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (scores.get(e) / bestScore >= 0.75) {
                strong.add(e);
            }
        }
        if (strong.size() < 3) {
            return best;
        }
        for (Element up = best.parent(); up != null && up != body; up = up.parent()) {
            Element ancestor = up;
            if (strong.stream().filter(e -> ancestor == e || e.parents().contains(ancestor)).count() >= 3) {
                scores.putIfAbsent(ancestor, initial(ancestor));
                return ancestor;
            }
        }
        return best;
    }

    /** Moves up while a parent scores higher than the child, as long as it keeps a third of the score. */
    private Element climb(Element best, Element body) {
        double last = score(best);
        double threshold = last / 3;
        for (Element up = best.parent(); up != null && up != body; up = up.parent()) {
            if (!scores.containsKey(up)) {
                continue;
            }
            double s = scores.get(up);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return up;
            }
            last = s;
        }
        return best;
    }

    private double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + (weighClasses ? hints.weight(e) : 0);
    }
}
