package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Everything the metadata is read from, gathered in one walk of the page: {@code <meta>} tags by
 * {@code property}, {@code name} or {@code itemprop} (lower-cased), JSON-LD scripts, {@code <h1>}s,
 * the first {@code <time datetime>}; and, when asked, the elements that look like a byline. The
 * body's elements are kept for the steps that follow. One per page; not thread-safe.
 */
final class PageScan {

    private final Map<String, List<String>> meta = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final Elements h1s = new Elements();
    /** The elements of the page outside its body, in document order. */
    private final List<Element> headElements;
    /** The elements of the page's body (itself first), in document order, as they were when scanned. */
    final List<Element> bodyElements;
    private final Hints hints;
    String time;

    private PageScan(List<Element> headElements, List<Element> bodyElements, Hints hints) {
        this.headElements = headElements;
        this.bodyElements = bodyElements;
        this.hints = hints;
    }

    /** Scans {@code doc}; {@code hints} reads class names (for bylines). */
    static PageScan of(Document doc, Hints hints) {
        Element body = doc.body();
        // the head, then the body: the parser puts everything that follows the body inside it
        PageScan scan = new PageScan(Walk.elements(doc, body), body == null ? List.of() : Walk.elements(body), hints);
        scan.read(scan.headElements);
        scan.read(scan.bodyElements);
        return scan;
    }

    /**
     * The elements that look like a byline, in document order, looked for as the caller goes: only
     * pages without an author in their metadata need them, and then mostly the first. Call before the
     * page is changed.
     */
    Iterable<Element> bylines() {
        return () -> Stream.concat(headElements.stream(), bodyElements.stream())
                .filter(e -> looksLikeByline(e, hints)).iterator();
    }

    private void read(List<Element> elements) {
        for (Element e : elements) {
            switch (e.normalName()) {
                case "meta" -> addMeta(e);
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "h1" -> h1s.add(e);
                case "time" -> time = time == null && e.hasAttr("datetime") ? e.attr("datetime") : time;
                default -> {
                }
            }
        }
    }

    private static boolean looksLikeByline(Element e, Hints hints) {
        if (e.attributesSize() == 0) {
            return false;
        }
        return hints.byline(e) || e.attr("rel").equals("author") || e.attr("itemprop").equals("author");
    }

    private void addMeta(Element m) {
        String content = m.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String keys : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
            for (String key : keys.indexOf(' ') < 0 ? new String[] {keys} : keys.strip().split("\\s+")) {
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    /** The first {@code <meta>} value under {@code key}, or {@code null}. */
    String meta(String key) {
        List<String> v = meta.get(key.toLowerCase(Locale.ROOT));
        return v == null ? null : v.get(0);
    }

    /** Every {@code <meta>} value under {@code key}. */
    List<String> metaAll(String key) {
        return meta.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
