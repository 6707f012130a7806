package dev.newsriver.publish;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import dev.newsriver.article.WebText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An item as the API, the SSE stream and the dashboard see it (the data model of DESIGN.md). JSON
 * encoding escapes every string; the {@code html} field was sanitized by the cleaner. Thread-safe.
 */
public final class ItemJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItemJson() {
    }

    public static Map<String, Object> toMap(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id() == null ? null : a.id().toString());
        m.put("guid", a.guid());
        m.put("url", WebText.webUrl(a.url()));
        m.put("origin", a.origin());
        m.put("title", a.title());
        m.put("summary", a.summary());
        m.put("text", a.text());
        m.put("html", a.html());
        m.put("author", a.author());
        m.put("source", Map.of("id", a.source().id(), "name", a.source().name()));
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("ingested", a.ingested() == null ? null : a.ingested().toString());
        m.put("regions", a.regions());
        m.put("topics", a.topics());
        m.put("tags", a.tags().stream().map(ItemJson::tag).toList());
        m.put("story", a.story());
        m.put("duplicateOf", a.duplicateOf() == null ? null : a.duplicateOf().toString());
        return m;
    }

    public static String write(Article a) {
        return JSON.writeValueAsString(toMap(a));
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A tag as JSON: id, kind, code (countries), label, score, evidence. */
    public static Map<String, Object> tag(Tag t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("kind", t.kind().json());
        if (t.code() != null) {
            m.put("code", t.code());
        }
        m.put("label", t.label());
        m.put("score", Math.round(t.score() * 1000) / 1000.0);
        m.put("evidence", t.evidence().stream().map(ItemJson::evidence).toList());
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", e.text());
        m.put("count", e.count());
        m.put("where", e.where().json());
        return m;
    }

    static List<Map<String, Object>> toMaps(List<Article> items) {
        return items.stream().map(ItemJson::toMap).toList();
    }
}
