package dev.newsriver.clean;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * An element's text as Jsoup's {@code Element.text()} gives it (white space folded, a space where a
 * block or line break separates words, trimmed), in one walk that copies runs of visible characters
 * whole instead of one code point at a time. {@code TextsTest} compares the two on every element of
 * the corpus pages. Stateless and thread-safe.
 */
final class Texts {

    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final char ZERO_WIDTH_SPACE = '\u200b';
    private static final char SOFT_HYPHEN = '\u00ad';

    private Texts() {
    }

    /** The text of {@code root} and everything below it. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder(128);
        Node node = root;
        while (true) {
            head(node, out);
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (true) {
                tail(node, out);
                if (node == root) {
                    return out.toString().trim();
                }
                Node next = node.nextSibling();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.parentNode();
            }
        }
    }

    private static void head(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            if (text instanceof CDataNode || keepsWhitespace(text.parent())) {
                out.append(text.getWholeText());
            } else {
                appendFolded(text.getWholeText(), endsWithSpace(out), out);
            }
        } else if (node instanceof Element e && !out.isEmpty() && !endsWithSpace(out) && separatesBefore(e)) {
            out.append(' ');
        }
    }

    private static void tail(Node node, StringBuilder out) {
        if (!(node instanceof Element e) || endsWithSpace(out)) {
            return;
        }
        Node next = e.nextSibling();
        boolean beforeInline = next instanceof TextNode || (next instanceof Element n && n.tag().isInline());
        if (beforeInline && separatesAfter(e)) {
            out.append(' ');
        }
    }

    private static boolean separatesBefore(Element e) {
        return e.isBlock() || e.nameIs("br")
                || (e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText());
    }

    private static boolean separatesAfter(Element e) {
        Tag tag = e.tag();
        if (tag.is(Tag.TextBoundary) || !tag.isInline()) {
            return true;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element or one of its five nearest ancestors keeps white space ({@code pre}). */
    private static boolean keepsWhitespace(Element e) {
        for (int i = 0; e != null && i < 6; i++, e = e.parent()) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder out) {
        return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
    }

    /**
     * Appends {@code s} with each run of white space (no-break space included) as one space, zero-width
     * spaces and soft hyphens dropped, and leading white space dropped when {@code afterSpace}.
     */
    private static void appendFolded(String s, boolean afterSpace, StringBuilder out) {
        boolean lastWasSpace = false;
        boolean reachedText = false;
        int run = -1;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == NO_BREAK_SPACE;
            if (!space && c != ZERO_WIDTH_SPACE && c != SOFT_HYPHEN) {
                run = run < 0 ? i : run;
                lastWasSpace = false;
                reachedText = true;
                continue;
            }
            boolean kept = space && !lastWasSpace && !(afterSpace && !reachedText);
            if (kept && c == ' ') {
                // a single space stays as it is, inside the run being copied
                run = run < 0 ? i : run;
                lastWasSpace = true;
                continue;
            }
            if (run >= 0) {
                HtmlWriter.appendRange(s, run, i, out);
                run = -1;
            }
            if (kept) {
                out.append(' ');
                lastWasSpace = true;
            }
        }
        if (run >= 0) {
            HtmlWriter.appendRange(s, run, n, out);
        }
    }
}
