package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text blocks of an extracted article element: link lists and empty boxes removed, then each
 * paragraph, heading, list item, quote or preformatted block as one line of text. Immutable once
 * built; build one per document.
 *
 * @param paragraphs the body as plain-text blocks
 * @param html       the cleaned article element's HTML (not yet sanitized)
 */
record Blocks(List<String> paragraphs, String html) {

    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre",
            "blockquote", "td", "th", "dd", "dt", "figcaption", "caption");
    private static final Set<String> CONTAINER = Set.of("div", "section", "article", "main", "ul", "ol", "dl",
            "table", "tbody", "thead", "tr", "figure", "span", "center", "font");

    /** Cleans {@code article} in place and reads its blocks; a heading equal to {@code title} is dropped. */
    static Blocks of(Element article, String title) {
        dropTitle(article, title);
        List<String> out = new ArrayList<>();
        collect(article, out);
        return new Blocks(out, article.html());
    }

    /** Total length of the text blocks. */
    int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** Appends the text blocks of {@code e} to {@code out}, without cleaning it first. */
    static void collectText(Element e, List<String> out) {
        collect(e, out);
    }

    private static void collect(Element e, List<String> out) {
        StringBuilder loose = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element c && (BLOCK.contains(c.normalName()) && !hasBlock(c)
                    || CONTAINER.contains(c.normalName()) || c.normalName().equals("br"))) {
                flush(loose, out);
                if (c.normalName().equals("br")) {
                    continue;
                }
                if (BLOCK.contains(c.normalName()) && !hasBlock(c)) {
                    add(c.normalName().equals("pre") ? c.wholeText() : c.text(), out);
                } else {
                    collect(c, out);
                }
            } else if (child instanceof Element c) {
                loose.append(c.text());
            }
        }
        flush(loose, out);
    }

    private static boolean hasBlock(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && (BLOCK.contains(d.normalName()) || d.normalName().equals("div")
                    || d.normalName().equals("ul") || d.normalName().equals("ol") || d.normalName().equals("table"))) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder loose, List<String> out) {
        add(loose.toString(), out);
        loose.setLength(0);
    }

    private static void add(String text, List<String> out) {
        String t = text.replace('\u00a0', ' ').strip();
        if (!t.isEmpty()) {
            out.add(t.replaceAll("[ \\t]+", " "));
        }
    }

    /** Makes link and image URLs absolute (lazy images take their real source). */
    static void resolveLinks(Element article) {
        for (Element a : article.select("a[href]")) {
            a.attr("href", a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
        }
        for (Element img : article.select("img")) {
            String src = img.hasAttr("data-src") ? "data-src" : "src";
            String abs = img.absUrl(src);
            img.attr("src", abs.isEmpty() ? img.attr(src) : abs);
        }
    }

    private static void dropTitle(Element article, String title) {
        if (title == null) {
            return;
        }
        String key = Prose.key(title);
        for (Element h : article.select("h1, h2")) {
            if (Prose.key(h.text()).equals(key)) {
                h.remove();
            }
        }
    }
}
