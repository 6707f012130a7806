package dev.newsriver.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: furniture ("sidebar", "comment"), content ("article",
 * "entry"), or nothing. Word lists are matched as substrings of the lower-cased names, as
 * Readability's patterns do; answers are cached per distinct class/id pair, so one instance serves
 * one document. Not thread-safe.
 */
final class Hints {

    static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "consent",
            "mostread", "most-read", "trending", "sharebar", "share-bar");
    static final List<String> MAYBE = List.of("and", "article", "body", "column", "content", "main", "mathjax",
            "shadow");
    static final List<String> NEGATIVE = List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
            "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget");
    static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story");

    private final Map<String, Boolean> unlikely = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();

    /** Whether class and id name furniture and nothing that may be content. */
    boolean unlikely(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String id = e.id();
        String hints = id.isEmpty() ? e.className() : e.className() + " " + id;
        Boolean known = unlikely.get(hints);
        if (known == null) {
            String h = hints.toLowerCase(Locale.ROOT);
            known = any(h, UNLIKELY) && !any(h, MAYBE);
            unlikely.put(hints, known);
        }
        return known;
    }

    /** +25 for a class or id that hints at content, -25 for one that hints at furniture. */
    int weight(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return 0;
        }
        String cls = e.className();
        String id = e.id();
        return weights.computeIfAbsent(cls + "#" + id, k -> weigh(cls) + weigh(id));
    }

    /** The weight of a single class or id string. */
    static int weigh(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        String h = hint.toLowerCase(Locale.ROOT);
        boolean hidden = h.equals("hid") || h.startsWith("hid ") || h.endsWith(" hid") || h.contains(" hid ");
        return (any(h, NEGATIVE) || hidden ? -25 : 0) + (any(h, POSITIVE) ? 25 : 0);
    }

    private static boolean any(String h, List<String> words) {
        for (String w : words) {
            if (h.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
