package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Everything the metadata is read from, gathered in one walk of the page: {@code <meta>} tags by
 * {@code property}, {@code name} or {@code itemprop} (lower-cased), JSON-LD scripts, {@code <h1>}s,
 * the first {@code <time datetime>} and the elements that look like a byline. Immutable once built.
 */
final class PageScan {

    private final Map<String, List<String>> meta = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final Elements h1s = new Elements();
    final List<Element> bylines = new ArrayList<>();
    String time;

    private PageScan() {
    }

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        for (Element e : Walk.elements(doc)) {
            switch (e.normalName()) {
                case "meta" -> scan.addMeta(e);
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        scan.jsonLd.add(e.data());
                    }
                }
                case "h1" -> scan.h1s.add(e);
                case "time" -> scan.time = scan.time == null && e.hasAttr("datetime") ? e.attr("datetime") : scan.time;
                default -> {
                }
            }
            if (looksLikeByline(e)) {
                scan.bylines.add(e);
            }
        }
        return scan;
    }

    private static boolean looksLikeByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            String lower = cls.toLowerCase(Locale.ROOT);
            if (lower.contains("byline") || lower.contains("by-line") || lower.contains("author")) {
                return true;
            }
        }
        return e.attr("rel").equals("author") || e.attr("itemprop").equals("author");
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
