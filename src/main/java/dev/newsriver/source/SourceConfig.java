package dev.newsriver.source;

import dev.newsriver.article.SourceRef;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One validated entry of {@code feeds/sources.yml}. Immutable.
 *
 * @param id       stable id, unique in the file
 * @param type     feed or folder
 * @param location the feed URL ({@code http(s):} or {@code file:}) or the folder path, as written
 * @param interval the polling interval the entry asks for, or {@code null} for the default
 * @param name     the human-readable name (the id when absent)
 * @param tags     words the entry names, given to all its items as categories (evidence for tagging)
 * @param line     the line of the entry in its file (1-based), for messages
 */
public record SourceConfig(String id, Type type, String location, Duration interval, String name,
                           List<String> tags, int line) {

    /** What kind of source an entry describes. */
    public enum Type { FEED, FOLDER }

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        tags = tags == null ? List.of() : List.copyOf(tags);
        name = plain(name);
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>?");

    /** A display name is text: an OPML file or a hand-written entry may carry markup, which is dropped. */
    private static String plain(String name) {
        if (name == null || name.indexOf('<') < 0) {
            return name;
        }
        String text = TAG.matcher(name).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    /** The reference items of this source carry. */
    public SourceRef ref() {
        return new SourceRef(id, name);
    }

    /** Whether {@code other} describes the same source (everything but the line number). */
    public boolean sameAs(SourceConfig other) {
        return id.equals(other.id) && type == other.type && location.equals(other.location)
                && Objects.equals(interval, other.interval) && Objects.equals(name, other.name) && tags.equals(other.tags);
    }
}
