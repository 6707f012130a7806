package dev.newsriver.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One spelling for equivalent HTML, to compare what a feed parser produced with what another one expects:
 * the tree an HTML parser builds from it, written back in one form — attributes sorted, characters rather
 * than entities, every element closed the same way ({@code <br/>}, {@code <br />}, {@code <circle/>} and
 * {@code <circle></circle>} alike), without {@code xmlns} declarations (an HTML parser gives them no meaning:
 * {@code <svg>} is SVG in HTML whether it declares its namespace or not). Two strings normalize alike when a
 * browser would build the same tree from them. Stateless.
 */
final class SameHtml {
    private SameHtml() {
    }

    static String normalize(String html) {
        StringBuilder out = new StringBuilder();
        for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(n, out);
        }
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(escape(t.getWholeText()));
        } else if (node instanceof DataNode d) {
            out.append(escape(d.getWholeData()));
        } else if (node instanceof Comment c) {
            out.append("<!--").append(c.getData()).append("-->");
        } else if (node instanceof Element e) {
            out.append('<').append(e.tagName());
            List<Attribute> attributes = new ArrayList<>();
            e.attributes().forEach(attributes::add);
            attributes.stream().filter(a -> !a.getKey().equals("xmlns") && !a.getKey().startsWith("xmlns:"))
                    .sorted(Comparator.comparing(Attribute::getKey))
                    .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue())).append('"'));
            out.append('>');
            for (Node child : e.childNodes()) {
                write(child, out);
            }
            out.append("</").append(e.tagName()).append('>');
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
