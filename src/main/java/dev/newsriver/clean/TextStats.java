package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts for every element of a tree, measured in one walk: the length of its text (white space
 * folded), the part inside links, its commas, and how many paragraphs, images, list items and inputs
 * it holds. Lookups then cost nothing where Readability would walk the subtree again. Counts reflect
 * the tree as it was when measured. One instance per tree; not thread-safe.
 */
final class TextStats {

    private static final int TEXT = 0;
    private static final int LINKED = 1;
    private static final int COMMAS = 2;
    private static final int P = 3;
    private static final int IMG = 4;
    private static final int LI = 5;
    private static final int INPUT = 6;

    private final Map<Element, int[]> counts = new IdentityHashMap<>(1024);
    private final Set<String> collected;
    private final List<Element> found = new ArrayList<>();

    private TextStats(Set<String> collected) {
        this.collected = collected;
    }

    static TextStats of(Element root) {
        return of(root, Set.of());
    }

    /** Measures the tree under {@code root}, listing on the way the elements named in {@code collected}. */
    static TextStats of(Element root, Set<String> collected) {
        TextStats stats = new TextStats(collected);
        NodeTraversor.traverse(stats.new Walker(), root);
        return stats;
    }

    /** The elements named in the set given to {@link #of(Element, Set)}, in document order. */
    List<Element> collected() {
        return found;
    }

    int length(Element e) {
        return get(e)[TEXT];
    }

    int commas(Element e) {
        return get(e)[COMMAS];
    }

    int paragraphs(Element e) {
        return get(e)[P];
    }

    int images(Element e) {
        return get(e)[IMG];
    }

    int listItems(Element e) {
        return get(e)[LI];
    }

    int inputs(Element e) {
        return get(e)[INPUT];
    }

    /** Share of the text inside links, anchors to the same page counting 0.3. */
    double linkDensity(Element e) {
        int[] c = get(e);
        return c[TEXT] == 0 ? 0 : Math.min(1, c[LINKED] / 10.0 / c[TEXT]);
    }

    private int[] get(Element e) {
        int[] c = counts.get(e);
        return c == null ? new int[7] : c;
    }

    /** Adds each element's counts to its parent's as the walk leaves it. */
    private final class Walker implements NodeVisitor {
        private int linkDepth;
        private int linkWeight;
        private int lastLength;

        /** Adds the folded length and the commas of {@code s} to {@code c}. */
        private void measure(String s, int[] c) {
            int n = 0;
            int commas = 0;
            boolean space = true;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                boolean ws = ch <= ' ' ? ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f'
                        : Character.isWhitespace(ch);
                if (!ws || !space) {
                    n++;
                }
                if (ch == ',' || (ch > 0x5ff && isComma(ch))) {
                    commas++;
                }
                space = ws;
            }
            c[TEXT] += n;
            c[COMMAS] += commas;
            lastLength = n;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                counts.put(e, new int[7]);
                if (collected.contains(e.normalName())) {
                    found.add(e);
                }
                if (e.nameIs("a")) {
                    linkDepth++;
                    linkWeight = e.attr("href").startsWith("#") ? 3 : 10;
                }
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                int[] c = counts.get(parent);
                measure(t.getWholeText(), c);
                c[LINKED] += linkDepth > 0 ? lastLength * linkWeight : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e.nameIs("a")) {
                linkDepth--;
            }
            int[] own = counts.get(e);
            int[] parent = e.parent() == null ? null : counts.get(e.parent());
            if (parent != null) {
                for (int i = 0; i < own.length; i++) {
                    parent[i] += own[i];
                }
                String tag = e.normalName();
                parent[P] += tag.equals("p") ? 1 : 0;
                parent[IMG] += tag.equals("img") ? 1 : 0;
                parent[LI] += tag.equals("li") ? 1 : 0;
                parent[INPUT] += tag.equals("input") ? 1 : 0;
            }
        }
    }

    private static boolean isComma(char ch) {
        return ch == '،' || ch == '﹐' || ch == '︐' || ch == '︑' || ch == '⹁' || ch == '⸴' || ch == '⸲' || ch == '，';
    }
}
