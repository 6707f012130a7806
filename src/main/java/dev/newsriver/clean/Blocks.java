package dev.newsriver.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text blocks of an extracted article element: each paragraph, heading, list item, quote or
 * preformatted block as one line of text (a line break inside a block starts a new line). Immutable
 * once built; build one per document.
 *
 * @param paragraphs the body as plain-text blocks
 * @param article    the article element they were read from (not yet sanitized)
 */
record Blocks(List<String> paragraphs, Element article) {

    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre",
            "blockquote", "td", "th", "dd", "dt", "figcaption", "caption");
    private static final Set<String> CONTAINER = Set.of("div", "section", "article", "main", "ul", "ol", "dl",
            "table", "tbody", "thead", "tfoot", "tr", "figure", "header", "center");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2");
    private static final Set<String> NESTING = Set.of("div", "ul", "ol", "table", "section", "article");

    /** Reads the blocks of {@code article}; a heading equal to {@code title} is dropped first. */
    static Blocks of(Element article, String title) {
        dropTitle(article, title);
        List<String> out = new ArrayList<>();
        new Reader(holders(article)).collect(article, out);
        return new Blocks(out, article);
    }

    /** Total length of the text blocks. */
    int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** Appends the text blocks of {@code e} to {@code out}, without cleaning it first. */
    static void collectText(Element e, List<String> out) {
        new Reader(holders(e)).collect(e, out);
    }

    /** Walks the tree once, emitting a line per block and per run of loose inline content. */
    private record Reader(Set<Element> holders) {
        void collect(Element e, List<String> out) {
            StringBuilder loose = new StringBuilder();
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    loose.append(t.text());
                } else if (child instanceof Element c) {
                    String tag = c.normalName();
                    boolean leafBlock = BLOCK.contains(tag) && !holders.contains(c);
                    if (tag.equals("br") || leafBlock || CONTAINER.contains(tag) || BLOCK.contains(tag)) {
                        flush(loose, out);
                        if (leafBlock) {
                            lines(tag.equals("pre") ? c.wholeText() : text(c), out);
                        } else if (!tag.equals("br")) {
                            collect(c, out);
                        }
                    } else {
                        loose.append(Texts.of(c));
                    }
                }
            }
            flush(loose, out);
        }
    }

    /** A leaf block's text with its line breaks kept. */
    private static String text(Element block) {
        if (!holdsBreak(block)) {
            return Texts.of(block);
        }
        StringBuilder b = new StringBuilder();
        for (Node n : block.childNodes()) {
            b.append(n instanceof TextNode t ? t.text() : n instanceof Element el && el.nameIs("br") ? "\n"
                    : n instanceof Element el ? Texts.of(el) : "");
        }
        return b.toString();
    }

    private static boolean holdsBreak(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && (c.nameIs("br") || holdsBreak(c))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Element> holders(Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : Walk.elements(root)) {
            if (e != root && (BLOCK.contains(e.normalName()) || NESTING.contains(e.normalName()))) {
                for (Element up = e.parent(); up != null && up != root && holders.add(up); up = up.parent()) {
                    // marks every ancestor once
                }
            }
        }
        return holders;
    }

    private static void flush(StringBuilder loose, List<String> out) {
        lines(loose.toString(), out);
        loose.setLength(0);
    }

    private static void lines(String text, List<String> out) {
        for (String line : text.indexOf('\n') < 0 ? new String[] {text} : text.split("\n")) {
            String t = line.replace('\u00a0', ' ').strip();
            if (!t.isEmpty()) {
                out.add(t.indexOf('\t') >= 0 || t.contains("  ") ? t.replaceAll("[ \\t]+", " ") : t);
            }
        }
    }

    /** Makes link and image URLs absolute against {@code base} (lazy images take their real source). */
    static void resolveLinks(Element root, URI base) {
        for (Element e : Walk.elements(root)) {
            if (e.nameIs("a") && e.hasAttr("href")) {
                e.attr("href", Links.resolve(base, e.attr("href")));
            } else if (e.nameIs("img")) {
                String src = e.hasAttr("data-src") ? e.attr("data-src") : e.attr("src");
                if (!src.isEmpty()) {
                    e.attr("src", Links.resolve(base, src));
                }
            }
        }
    }

    private static void dropTitle(Element article, String title) {
        if (title == null) {
            return;
        }
        String key = Prose.key(title);
        for (Element h : article.select(HEADINGS)) {
            if (Prose.key(Texts.of(h)).equals(key)) {
                h.remove();
            }
        }
    }
}
