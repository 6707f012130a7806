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

/**
 * Gets a page's body ready for scoring: removes what never holds article text (scripts, styles,
 * hidden elements, empty boxes), optionally the boxes whose class, id or role name furniture, and
 * turns text that sits loose in a {@code div} into paragraphs so it can be scored. Stateless and
 * thread-safe.
 */
final class PagePrep {

    static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|newsletter|cookie|consent|most-?read|trending|share-?bar");
    static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "main",
            "form", "hr", "nav", "address", "details", "video", "picture", "select", "li");
    private static final Set<String> EMPTY_BOXES = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5",
            "h6");

    private PagePrep() {
    }

    /** Removes what can never be content. */
    static void strip(Element body) {
        body.select("script, style, noscript, template, link, meta, svg, canvas, object, embed, button, input,"
                + " select, textarea, dialog").remove();
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (e.hasAttr("hidden") || HIDDEN.matcher(e.attr("style")).find()
                    || ("true".equals(e.attr("aria-hidden")) && !e.hasClass("fallback-image")))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Removes boxes named as furniture by class, id or role, outside tables and code. */
    static void stripUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (e == body || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            String hints = e.className() + " " + e.id();
            boolean unlikely = UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find()
                    && e.closest("table, code") == null;
            if (unlikely || UNLIKELY_ROLES.contains(e.attr("role"))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Turns divs holding only inline content into paragraphs, and wraps loose inline runs in paragraphs. */
    static void paragraphize(Element body) {
        Set<Element> holders = blockHolders(body);
        for (Element e : body.select("div, section, header")) {
            if (EMPTY_BOXES.contains(e.normalName()) && !e.hasText()
                    && e.selectFirst("img, picture, video, iframe") == null) {
                e.remove();
            } else if (e.normalName().equals("div") && !holders.contains(e)) {
                e.tagName("p");
            } else {
                wrapLooseRuns(e, holders);
            }
        }
    }

    /** The elements that have a block element somewhere below them, found in one pass. */
    private static Set<Element> blockHolders(Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : root.getAllElements()) {
            if (BLOCKS.contains(e.normalName())) {
                for (Element up = e.parent(); up != null && holders.add(up); up = up.parent()) {
                    // marks every ancestor once
                }
            }
        }
        return holders;
    }

    private static void wrapLooseRuns(Element e, Set<Element> holders) {
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
