package dev.newsriver.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Lists the elements of a tree in document order with a plain stack, a faster path than Jsoup's
 * general selector machinery for the whole-tree walks the extractor makes. Stateless and thread-safe.
 */
final class Walk {

    private Walk() {
    }

    /** {@code root} and all its descendant elements, in document order. */
    static List<Element> elements(Element root) {
        return elements(root, null);
    }

    /** {@code root} and all its descendant elements, in document order, leaving out {@code skipped} and its own. */
    static List<Element> elements(Element root, Element skipped) {
        List<Element> out = new ArrayList<>(512);
        Deque<Element> stack = new ArrayDeque<>(64);
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (e == skipped) {
                continue;
            }
            out.add(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    stack.push(child);
                }
            }
        }
        return out;
    }
}
