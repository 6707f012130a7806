package dev.newsriver.clean;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Chooses a page's title among its declared title, its {@code <title>} and its {@code <h1>}: the
 * page's own headline wins over a title carrying the site's name. Stateless and thread-safe.
 */
final class Titles {

    private static final String SEPARATORS = "\\s+[|\\-–—:»·/]\\s+";

    private Titles() {
    }

    /** The best title; {@code declared} (JSON-LD / OpenGraph) may be null. */
    static String choose(String declared, String titleTag, Elements h1s) {
        String h1 = h1s.size() == 1 ? h1s.get(0).text().strip() : single(h1s, declared, titleTag);
        String base = PageMeta.first(declared, titleTag);
        if (base == null) {
            return h1 == null || h1.isEmpty() ? null : h1;
        }
        String h1Key = h1 == null ? "" : Prose.key(h1);
        String baseKey = Prose.key(base);
        if (!h1Key.isEmpty() && !h1Key.equals(baseKey) && baseKey.contains(h1Key)
                && h1Key.length() * 5 >= baseKey.length() * 2) {
            return h1;
        }
        return declared != null ? declared : stripSite(base);
    }

    /** Among several h1s, the longest one the title contains. */
    private static String single(Elements h1s, String declared, String titleTag) {
        String title = PageMeta.first(declared, titleTag);
        String key = title == null ? "" : Prose.key(title);
        String best = null;
        for (Element h : h1s) {
            String k = Prose.key(h.text());
            if (!k.isEmpty() && key.contains(k) && (best == null || k.length() > Prose.key(best).length())) {
                best = h.text().strip();
            }
        }
        return best;
    }

    /** "Headline | Site" → "Headline", when what remains is long enough to be a headline. */
    static String stripSite(String title) {
        String[] parts = title.split(SEPARATORS);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        String keep = Prose.words(first) >= Prose.words(last) ? title.substring(0, title.lastIndexOf(last)) : null;
        if (keep == null) {
            return Prose.words(last) >= 3 ? last : title;
        }
        keep = keep.replaceAll(SEPARATORS.replace("\\s+$", "") + "\\s*$", "").strip();
        keep = keep.replaceAll("\\s+[|\\-–—:»·/]$", "").strip();
        return Prose.words(keep) >= 3 ? keep : title;
    }
}
