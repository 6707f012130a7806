package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Lists the elements of a tree in document order by following child, sibling and parent links, a
 * faster path than Jsoup's general selector machinery for the whole-tree walks the extractor makes.
 * Stateless and thread-safe.
 */
final class Walk {

    private Walk() {
    }

    /**
     * The index in {@code elements} (a walk of {@code root}) of the last element inside
     * {@code elements.get(i)}, or {@code i} when it holds none. That element, what it holds and what
     * follows it must be as they were when walked.
     */
    static int endOfSubtree(List<Element> elements, int i, Element root) {
        Element after = null;
        for (Element up = elements.get(i); up != null && up != root && after == null; up = up.parent()) {
            after = up.nextElementSibling();
        }
        int end = i;
        while (end + 1 < elements.size() && elements.get(end + 1) != after) {
            end++;
        }
        return end;
    }

    /** {@code root} and all its descendant elements, in document order. */
    static List<Element> elements(Element root) {
        return elements(root, null);
    }

    /** {@code root} and all its descendant elements, in document order, leaving out {@code skipped} and its own. */
    static List<Element> elements(Element root, Element skipped) {
        List<Element> out = new ArrayList<>(512);
        if (root == skipped) {
            return out;
        }
        out.add(root);
        Node node = root.childNodeSize() > 0 ? root.childNode(0) : null;
        while (node != null) {
            if (node instanceof Element e && e != skipped) {
                out.add(e);
                if (e.childNodeSize() > 0) {
                    node = e.childNode(0);
                    continue;
                }
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
            }
            node = node == root ? null : node.nextSibling();
        }
        return out;
    }
}
