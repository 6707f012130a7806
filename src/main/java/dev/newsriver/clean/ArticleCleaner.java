package dev.newsriver.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tidies the extracted article element before its text is read: drops embedded furniture (forms,
 * asides, share bars, headers with furniture names) and, when asked, the lists, tables and boxes that
 * are mostly links, inputs or images without text. Stateless and thread-safe.
 */
final class ArticleCleaner {

    private static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private ArticleCleaner() {
    }

    static void clean(Element article, boolean conditionally, boolean weighClasses) {
        article.select("footer, aside, link, iframe, object, embed, fieldset, form, nav").remove();
        for (Element e : article.select("*")) {
            if (e != article && e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find()
                    && e.text().length() < 500) {
                e.remove();
            }
        }
        for (Element h : article.select("h1, h2")) {
            if (weighClasses && ContentScorer.classWeight(h) < 0) {
                h.remove();
            }
        }
        if (conditionally) {
            conditional(article, "table, ul, ol, div, section, figure", weighClasses);
        }
        for (Element p : article.select("p")) {
            if (!p.hasText() && p.selectFirst("img, picture, video, iframe, object, embed") == null) {
                p.remove();
            }
        }
    }

    private static void conditional(Element article, String tags, boolean weighClasses) {
        List<Element> boxes = article.select(tags);
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Element box = boxes.get(i);
            if (box != article && box.parent() != null && shouldRemove(box, weighClasses)) {
                box.remove();
            }
        }
    }

    private static boolean shouldRemove(Element box, boolean weighClasses) {
        if (box.closest("pre, code") != null || (box.normalName().equals("table") && dataTable(box))) {
            return false;
        }
        int weight = weighClasses ? ContentScorer.classWeight(box) : 0;
        if (weight < 0) {
            return true;
        }
        String text = box.text();
        if (text.split("[,，]", -1).length - 1 >= 10) {
            return false;
        }
        boolean list = box.normalName().equals("ul") || box.normalName().equals("ol");
        int p = box.select("p").size();
        int img = box.select("img").size();
        int li = box.select("li").size() - 100;
        int inputs = box.select("input").size();
        boolean inFigure = box.closest("figure") != null;
        double density = ContentScorer.linkDensity(box);
        int length = text.length();
        return (img > 1 && (double) p / img < 0.5 && !inFigure)
                || (!list && li > p)
                || inputs > p / 3
                || (!list && length < 25 && (img == 0 || img > 2) && !inFigure && !SENTENCE_END.matcher(text).find()
                        && box.selectFirst("pre, code, h1, h2, h3, h4, h5, h6") == null)
                || (!list && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5);
    }

    /** A table that holds data rather than layout: has a caption, headers, or many rows and columns. */
    private static boolean dataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.selectFirst("table") != null) {
            return false;
        }
        if (table.selectFirst("caption, thead, tfoot, colgroup, col, th") != null || table.hasAttr("summary")) {
            return true;
        }
        int rows = table.select("tr").size();
        Element first = table.selectFirst("tr");
        int columns = first == null ? 0 : first.children().size();
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
