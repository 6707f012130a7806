package dev.newsriver.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element of a page that holds the article, in the spirit of Mozilla Readability: each
 * paragraph-like element scores by its length and commas; the score flows to its parent and, halved,
 * to its grandparent; each candidate starts from a weight for its tag and its class/id hints and is
 * discounted by its link density. One instance scores one document; not thread-safe.
 */
final class ContentScorer {

    static final Pattern NEGATIVE = Pattern.compile("(?i)(^|[-_ ])(hidden|banner|combx|comment|com-|contact"
            + "|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe|cookie|popup"
            + "|recommend|trending|most-?read|breadcrumb|nav|menu|ad|ads|advert)([-_ ]|$)");
    static final Pattern POSITIVE = Pattern.compile("(?i)(article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story|prose|rich-?text)");
    private static final String PARAGRAPHS = "p, pre, td, blockquote, div, section, article, li";
    private static final String BLOCKS = "div, section, article, p, table, ul, ol, pre, blockquote, figure,"
            + " h1, h2, h3, h4, h5, h6, header, footer, aside, form, dl";

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    /** The best candidate under {@code root}, or {@code root} itself when nothing scores. */
    Element best(Element root) {
        for (Element e : root.select(PARAGRAPHS)) {
            if (isParagraph(e)) {
                credit(e);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (top == null || s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        return top == null ? root : top;
    }

    /** The final score of a candidate, or 0 when it is none. */
    double score(Element e) {
        Double s = scores.get(e);
        return s == null ? 0 : s * (1 - linkDensity(e));
    }

    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if ((tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("li"))
                && !e.select(BLOCKS).stream().allMatch(x -> x == e)) {
            return false;
        }
        return e.text().length() >= 25;
    }

    private void credit(Element p) {
        String text = p.text();
        double points = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100, 3);
        Element parent = p.parent();
        for (int level = 0; parent != null && level < 3 && !parent.normalName().equals("html"); level++) {
            double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            scores.merge(parent, initial(parent) + share, (old, add) -> old + share);
            parent = parent.parent();
        }
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e);
    }

    /** +25 for a class or id that hints at content, -25 for one that hints at furniture. */
    static int classWeight(Element e) {
        int weight = 0;
        for (String hint : new String[] {e.className(), e.id()}) {
            if (hint.isEmpty()) {
                continue;
            }
            weight += NEGATIVE.matcher(hint).find() ? -25 : 0;
            weight += POSITIVE.matcher(hint).find() ? 25 : 0;
        }
        return weight;
    }

    /** Share of an element's text that sits inside links. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        Elements links = e.select("a");
        for (Element a : links) {
            String href = a.attr("href");
            double weight = href.startsWith("#") ? 0.3 : 1;
            linked += (int) (a.text().length() * weight);
        }
        return Math.min(1, (double) linked / length);
    }
}
