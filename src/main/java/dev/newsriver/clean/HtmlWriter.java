package dev.newsriver.clean;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes sanitized HTML as Jsoup writes it without pretty-printing ({@code Element.html()}, HTML
 * syntax, base entities, UTF-8), in one pass that copies runs of plain text whole instead of
 * escaping character by character. The output is the same: {@code HtmlWriterTest} compares the two.
 * Elements outside the HTML namespace, which the sanitizer's safelist hardly lets through, are left
 * to Jsoup. Stateless and thread-safe.
 */
final class HtmlWriter {

    /** The characters below {@code ?} that are written as they are, in text and in attribute values. */
    private static final boolean[] PLAIN_IN_TEXT = plain("&<>");
    private static final boolean[] PLAIN_IN_ATTRIBUTE = plain("&<>\"");

    private HtmlWriter() {
    }

    private static boolean[] plain(String escaped) {
        boolean[] plain = new boolean['?'];
        for (char c = 0; c < plain.length; c++) {
            plain[c] = (c >= ' ' || c == '\t' || c == '\n' || c == '\r') && escaped.indexOf(c) < 0;
        }
        return plain;
    }

    /** The HTML of the children of {@code root}. */
    static String inner(Element root) {
        StringBuilder out = new StringBuilder(1024);
        Node node = root.childNodeSize() == 0 ? null : root.childNode(0);
        while (node != null) {
            boolean descend = head(node, out);
            if (descend) {
                node = node.childNode(0);
                continue;
            }
            // leave this node, then every ancestor whose last child it was
            while (node.nextSibling() == null) {
                node = node.parentNode();
                if (node == root || node == null) {
                    return out.toString();
                }
                tail((Element) node, out);
            }
            node = node.nextSibling();
        }
        return out.toString();
    }

    /** Writes the start of {@code node}; true when its children follow (its end is then written by {@link #tail}). */
    private static boolean head(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            escape(text.getWholeText(), false, out);
            return false;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        if (!Parser.NamespaceHtml.equals(e.tag().namespace())) {
            out.append(e.outerHtml());
            return false;
        }
        String name = e.tagName();
        out.append('<').append(name);
        if (e.attributesSize() > 0) {
            for (Attribute a : e.attributes()) {
                String key = Attribute.getValidKey(a.getKey(), Syntax.html);
                if (key == null) {
                    continue;
                }
                out.append(' ').append(key);
                String value = a.getValue();
                boolean collapse = !a.hasDeclaredValue()
                        || ((value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key));
                if (!collapse) {
                    out.append("=\"");
                    escape(value, true, out);
                    out.append('"');
                }
            }
        }
        if (e.tag().isEmpty()) {
            out.append('>');
            return false;
        }
        if (e.childNodeSize() == 0) {
            out.append("></").append(name).append('>');
            return false;
        }
        out.append('>');
        if (restoresNewline(name) && e.childNode(0) instanceof TextNode first
                && (first.getWholeText().startsWith("\n") || first.getWholeText().startsWith("\r"))) {
            // the parser drops the first newline of these elements; write one back so the text survives a re-read
            out.append('\n');
        }
        return true;
    }

    private static void tail(Element e, StringBuilder out) {
        out.append("</").append(e.tagName()).append('>');
    }

    private static boolean restoresNewline(String name) {
        return name.equals("pre") || name.equals("textarea") || name.equals("listing");
    }

    /**
     * Appends {@code s} escaped: {@code &}, {@code <}, {@code >} and no-break space always, {@code "}
     * in attribute values, and control characters and unpaired surrogates as numeric references.
     */
    static void escape(String s, boolean attribute, StringBuilder out) {
        boolean[] plain = attribute ? PLAIN_IN_ATTRIBUTE : PLAIN_IN_TEXT;
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < plain.length && plain[c]) {
                continue;
            }
            String replacement;
            if (c > '>') {
                if (c == '\u00a0') {
                    replacement = "&nbsp;";
                } else if (!Character.isSurrogate(c)) {
                    continue;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, s.charAt(i + 1));
                    i++;
                    if (!Character.isSurrogate((char) codePoint)) {
                        continue;
                    }
                    // Jsoup tests the code point's low 16 bits as one character; where those look like a
                    // surrogate, it writes a reference
                    appendRange(s, from, i - 1, out);
                    out.append(numeric(codePoint));
                    from = i + 1;
                    continue;
                } else {
                    replacement = numeric(c);
                }
            } else {
                switch (c) {
                    case '&' -> replacement = "&amp;";
                    case '<' -> replacement = "&lt;";
                    case '>' -> replacement = "&gt;";
                    case '"' -> replacement = attribute ? "&quot;" : null;
                    case '\t', '\n', '\r' -> replacement = null;
                    default -> replacement = c < ' ' ? numeric(c) : null;
                }
                if (replacement == null) {
                    continue;
                }
            }
            appendRange(s, from, i, out);
            out.append(replacement);
            from = i + 1;
        }
        appendRange(s, from, n, out);
    }

    /**
     * Appends {@code s[from, to)}. On Java 17 a {@code StringBuilder} copies a range of a string one
     * character at a time but a whole string at once, so long ranges are cut out first.
     */
    static void appendRange(String s, int from, int to, StringBuilder out) {
        if (from == 0 && to == s.length()) {
            out.append(s);
        } else if (to - from > 32) {
            out.append(s.substring(from, to));
        } else {
            out.append(s, from, to);
        }
    }

    private static String numeric(int codePoint) {
        return "&#x" + Integer.toHexString(codePoint) + ";";
    }
}
