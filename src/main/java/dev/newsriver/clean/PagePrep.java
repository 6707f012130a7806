package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gets a page's body ready for scoring: removes what never holds article text (scripts, styles,
 * hidden elements, empty boxes), optionally the boxes whose class, id or role name furniture, and
 * turns text that sits loose in a {@code div} into paragraphs so it can be scored. Stateless and
 * thread-safe.
 */
final class PagePrep {

    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Evaluator TABLE_OR_CODE = QueryParser.parse("table, code");
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "link",
            "meta", "svg", "canvas", "object", "embed", "button", "input", "select", "textarea", "dialog");
    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, iframe");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "main",
            "form", "hr", "nav", "address", "details", "video", "picture", "select", "li");
    private static final Set<String> EMPTY_BOXES = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5",
            "h6");

    private PagePrep() {
    }

    /**
     * Removes what can never be content (scripts, styles, forms controls, hidden elements) and, when
     * {@code hints} is given, the boxes whose class, id or role name furniture, outside tables and code.
     *
     * @param elements the elements of {@code body} (itself first) in document order
     * @return the elements left, in document order
     */
    static List<Element> strip(Element body, Hints hints, List<Element> elements) {
        List<Element> doomed = new ArrayList<>();
        List<Element> kept = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e != body && (NEVER_CONTENT.contains(e.normalName()) || hidden(e) || (hints != null && unlikely(e, hints)))) {
                doomed.add(e);
                i = Walk.endOfSubtree(elements, i, body); // what lies inside goes with it
            } else {
                kept.add(e);
            }
        }
        doomed.forEach(Element::remove);
        return kept;
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0 || !e.hasAttr("hidden") && !e.hasAttr("style") && !e.hasAttr("aria-hidden")) {
            return false;
        }
        return e.hasAttr("hidden") || hidingStyle(e.attr("style"))
                || ("true".equals(e.attr("aria-hidden")) && !e.hasClass("fallback-image"));
    }

    private static boolean hidingStyle(String style) {
        return (Hints.containsIgnoreCase(style, "none") || Hints.containsIgnoreCase(style, "hidden"))
                && HIDDEN.matcher(style).find();
    }

    private static boolean unlikely(Element e, Hints hints) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String tag = e.normalName();
        if (tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        if (e.hasAttr("role") && UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        return hints.unlikely(e) && e.closest(TABLE_OR_CODE) == null;
    }

    /**
     * Turns divs holding only inline content into paragraphs, and wraps loose inline runs in paragraphs.
     *
     * @param all the elements of {@code body} (itself first) in document order
     */
    static void paragraphize(Element body, List<Element> all) {
        Set<Element> holders = blockHolders(all);
        for (Element e : all) {
            String tag = e.normalName();
            if (e == body || !(tag.equals("div") || tag.equals("section") || tag.equals("header"))) {
                continue;
            }
            if (!e.hasText()
                    && e.selectFirst(MEDIA) == null) {
                e.remove();
            } else if (e.normalName().equals("div") && !holders.contains(e)) {
                e.tagName("p");
            } else {
                wrapLooseRuns(e, holders);
            }
        }
    }

    /** The elements that have a block element somewhere below them, found in one pass. */
    private static Set<Element> blockHolders(List<Element> all) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : all) {
            if (BLOCKS.contains(e.normalName())) {
                for (Element up = e.parent(); up != null && holders.add(up); up = up.parent()) {
                    // marks every ancestor once
                }
            }
        }
        return holders;
    }

    private static void wrapLooseRuns(Element e, Set<Element> holders) {
        boolean loose = false;
        for (Node child : e.childNodes()) {
            loose |= child instanceof TextNode t ? !t.isBlank() : !holders.contains(child) && child instanceof Element c
                    && !BLOCKS.contains(c.normalName());
        }
        if (!loose) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(e.childNodes())) {
            boolean inline = child instanceof TextNode
                    || (child instanceof Element c && !BLOCKS.contains(c.normalName()) && !holders.contains(c));
            if (inline) {
                run.add(child);
            } else {
                wrap(run);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean text = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
                : n instanceof Element el && !el.normalName().equals("br") && !el.text().isBlank());
        if (text) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(p::appendChild);
        }
        run.clear();
    }
}
