package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) into a {@link ParsedFeed}:
 * {@code content_html}, else {@code content_text}, else {@code summary} as the body; {@code authors}
 * (1.1) or {@code author} (1.0); {@code tags} as categories. Stateless; thread-safe.
 */
final class JsonFeedParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedParser() {
    }

    static ParsedFeed parse(byte[] body, String feedUri, SourceRef source) {
        JsonNode root = JSON.readTree(body);
        if (!root.isObject() || !root.path("version").asString("").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException(feedUri + ": JSON but not a JSON Feed (no jsonfeed.org 'version')", null);
        }
        List<RawDocument> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            entries.add(entry(item, feedUri, source));
        }
        return new ParsedFeed(text(root, "title"), text(root, "home_page_url"), null, entries);
    }

    private static RawDocument entry(JsonNode item, String feedUri, SourceRef source) {
        String link = text(item, "url");
        String title = text(item, "title");
        String content = first(text(item, "content_html"), text(item, "content_text"), text(item, "summary"));
        String guid = Identity.of(text(item, "id"), link, title, content);
        String published = first(text(item, "date_published"), text(item, "date_modified"), null);
        return new RawDocument(source, feedUri + "#" + guid, RawDocument.Format.FEED_ENTRY, content, guid,
                link == null ? null : Identity.canonicalLink(link),
                title, author(item), instant(published), tags(item));
    }

    private static String author(JsonNode item) {
        for (JsonNode a : item.path("authors")) {
            String name = text(a, "name");
            if (name != null) {
                return name;
            }
        }
        return text(item.path("author"), "name");
    }

    private static List<String> tags(JsonNode item) {
        List<String> tags = new ArrayList<>();
        for (JsonNode t : item.path("tags")) {
            if (t.isString() && !t.asString().isBlank()) {
                tags.add(t.asString().trim());
            }
        }
        return tags;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() || value.isNumber()) {
            return FeedParser.blankToNull(value.asString());
        }
        return null;
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
