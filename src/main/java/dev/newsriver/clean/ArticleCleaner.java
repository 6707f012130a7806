package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tidies the extracted article element before its text is read: drops embedded furniture (forms,
 * asides, share bars, headers with furniture names) and, when asked, the lists, tables and boxes that
 * are mostly links, inputs or images without text. Stateless and thread-safe.
 */
final class ArticleCleaner {

    private static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> FURNITURE = Set.of("footer", "aside", "link", "iframe", "object", "embed",
            "fieldset", "form", "nav");
    private static final Set<String> BOXES = Set.of("table", "ul", "ol", "div", "section", "figure");
    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, iframe, object, embed");
    private static final Evaluator CODE_OR_HEADING = QueryParser.parse("pre, code, h1, h2, h3, h4, h5, h6");
    private static final Evaluator PRE_OR_CODE = QueryParser.parse("pre, code");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator TABLE_PARTS = QueryParser.parse("caption, thead, tfoot, colgroup, col, th");

    private ArticleCleaner() {
    }

    /** Cleans {@code article}; {@code stats} were measured on the page it was taken from. */
    static void clean(Element article, boolean conditionally, Hints hints, TextStats stats) {
        List<Element> boxes = new ArrayList<>();
        List<Element> paragraphs = new ArrayList<>();
        List<Element> all = Walk.elements(article);
        for (int i = 1; i < all.size(); i++) {
            Element e = all.get(i);
            String tag = e.normalName();
            if (FURNITURE.contains(tag) || share(e) || (hints != null && (tag.equals("h1") || tag.equals("h2"))
                    && hints.weight(e) < 0)) {
                i = Walk.endOfSubtree(all, i, article); // what lies inside goes with it
                e.remove();
            } else if (BOXES.contains(tag)) {
                boxes.add(e);
            } else if (tag.equals("p")) {
                paragraphs.add(e);
            }
        }
        if (conditionally) {
            for (int i = boxes.size() - 1; i >= 0; i--) {
                Element box = boxes.get(i);
                if (box.parent() != null && attached(box, article) && shouldRemove(box, hints, stats)) {
                    box.remove();
                }
            }
        }
        for (Element p : paragraphs) {
            if (p.parent() != null && !p.hasText() && p.selectFirst(MEDIA) == null) {
                p.remove();
            }
        }
    }

    private static boolean share(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String id = e.id();
        // the pattern runs only where "share" appears at all, which it does on few elements
        return (Hints.containsIgnoreCase(cls, "share") || Hints.containsIgnoreCase(id, "share"))
                && SHARE.matcher(cls + " " + id).find() && Texts.of(e).length() < 500;
    }

    /** Whether {@code e} is still inside {@code root} (an ancestor may have been removed). */
    private static boolean attached(Element e, Element root) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean shouldRemove(Element box, Hints hints, TextStats stats) {
        if (box.closest(PRE_OR_CODE) != null || (box.nameIs("table") && dataTable(box))) {
            return false;
        }
        int weight = hints == null ? 0 : hints.weight(box);
        if (weight < 0) {
            return true;
        }
        if (stats.commas(box) >= 10) {
            return false;
        }
        boolean list = box.nameIs("ul") || box.nameIs("ol");
        int p = stats.paragraphs(box);
        int img = stats.images(box);
        int li = stats.listItems(box) - 100;
        boolean inFigure = box.closest(FIGURE) != null;
        double density = stats.linkDensity(box);
        return (img > 1 && (double) p / img < 0.5 && !inFigure)
                || (!list && li > p)
                || stats.inputs(box) > p / 3
                || (!list && stats.length(box) < 25 && (img == 0 || img > 2) && !inFigure
                        && !SENTENCE_END.matcher(Texts.of(box)).find() && box.selectFirst(CODE_OR_HEADING) == null)
                || (!list && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5);
    }

    /** A table that holds data rather than layout: has a caption, headers, or many rows and columns. */
    private static boolean dataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.selectFirst("table") != null) {
            return false;
        }
        if (table.selectFirst(TABLE_PARTS) != null || table.hasAttr("summary")) {
            return true;
        }
        int rows = table.select("tr").size();
        Element first = table.selectFirst("tr");
        int columns = first == null ? 0 : first.children().size();
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
