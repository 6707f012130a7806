package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): the first
 * node whose {@code @type} is an article kind, searched through arrays and {@code @graph}. Broken
 * JSON is ignored. Immutable; the shared mapper is thread-safe.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** CDATA markers some pages wrap their JSON-LD in, with or without comment guards. */
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle", "ScholarlyArticle",
            "Report", "SocialMediaPosting", "LiveBlogPosting", "WebPage", "BackgroundNewsArticle");

    private final JsonNode node;

    private JsonLd(JsonNode node) {
        this.node = node;
    }

    /** The page's article node, or an empty one when the page has none. */
    static JsonLd read(List<String> scripts) {
        List<JsonNode> found = new ArrayList<>();
        for (String script : scripts) {
            try {
                collect(JSON.readTree(unwrap(script)), found);
            } catch (JacksonException e) {
                // a page's broken JSON-LD is its problem; the other metadata still counts
            }
        }
        JsonNode best = found.stream().filter(n -> !"WebPage".equals(type(n))).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        return new JsonLd(best);
    }

    /**
     * The script without its CDATA markers, each taken with the white space around it and a comment
     * guard ({@code //}, {@code /*} before it, the closing one after it).
     */
    static String unwrap(String script) {
        int marker = nextMarker(script, 0);
        if (marker < 0) {
            return script;
        }
        StringBuilder out = new StringBuilder(script.length());
        int from = 0;
        for (; marker >= 0; marker = nextMarker(script, from)) {
            int start = marker;
            while (start > from && Prose.isPatternSpace(script.charAt(start - 1))) {
                start--;
            }
            if (start - 2 >= from && (script.startsWith("//", start - 2) || script.startsWith("/*", start - 2))) {
                start -= 2;
            }
            int end = marker + (script.startsWith(CDATA_OPEN, marker) ? CDATA_OPEN.length() : CDATA_CLOSE.length());
            while (end < script.length() && Prose.isPatternSpace(script.charAt(end))) {
                end++;
            }
            if (script.startsWith("*/", end)) {
                end += 2;
            }
            out.append(script, from, start);
            from = end;
        }
        return out.append(script, from, script.length()).toString();
    }

    private static int nextMarker(String s, int from) {
        int open = s.indexOf(CDATA_OPEN, from);
        int close = s.indexOf(CDATA_CLOSE, from);
        return open < 0 ? close : close < 0 ? open : Math.min(open, close);
    }

    private static void collect(JsonNode n, List<JsonNode> found) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.values().forEach(c -> collect(c, found));
        } else if (n.isObject()) {
            if (ARTICLE_TYPES.contains(type(n))) {
                found.add(n);
            }
            collect(n.get("@graph"), found);
        }
    }

    private static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t != null && t.isArray() && !t.isEmpty()) {
            t = t.get(0);
        }
        return t != null && t.isString() ? t.stringValue() : "";
    }

    String headline() {
        return string(node == null ? null : node.get("headline"));
    }

    String datePublished() {
        return string(node == null ? null : node.get("datePublished"));
    }

    /** Author names joined with ", " (strings or objects with a name). */
    String author() {
        JsonNode a = node == null ? null : node.get("author");
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : a.isArray() ? a.values() : List.of(a)) {
            String name = one.isObject() ? string(one.get("name")) : string(one);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String publisher() {
        JsonNode p = node == null ? null : node.get("publisher");
        return p == null ? null : p.isObject() ? string(p.get("name")) : string(p);
    }

    private static String string(JsonNode n) {
        if (n == null || !n.isString()) {
            return null;
        }
        String s = n.stringValue().strip();
        return s.isEmpty() ? null : s;
    }
}
