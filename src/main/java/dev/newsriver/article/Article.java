package dev.newsriver.article;

import java.time.Instant;
import java.util.List;

/**
 * One item of the river: a cleaned, tagged article and where it came from. Immutable; each pipeline
 * stage returns a changed copy through {@link #toBuilder()}.
 *
 * @param id          global sequence id assigned by the store, {@code null} before it is stored
 * @param guid        identity given by the source (feed GUID), else derived from url or origin
 * @param url         the article's own link, or {@code null}
 * @param origin      where it was read (file or feed URI)
 * @param title       cleaned title
 * @param summary     lead / short summary as plain text
 * @param text        body as plain text, paragraphs separated by {@code \n}
 * @param html        body as sanitized HTML
 * @param author      byline, or {@code null}
 * @param siteName    the publication's name as the page states it, or {@code null}
 * @param source      the configured source
 * @param published   publication time, or {@code null} when unknown
 * @param ingested    when Newsriver read it
 * @param categories  categories the source gave it
 * @param tags        regions and topics with evidence
 * @param story       id of the story group it belongs to
 * @param duplicateOf id of the first item of its near-duplicate set, or {@code null}
 * @param fingerprint exact and near-duplicate fingerprint of the text, set by de-duplication
 */
public record Article(
        Long id,
        String guid,
        String url,
        String origin,
        String title,
        String summary,
        String text,
        String html,
        String author,
        String siteName,
        SourceRef source,
        Instant published,
        Instant ingested,
        List<String> categories,
        List<Tag> tags,
        String story,
        Long duplicateOf,
        Fingerprint fingerprint) {

    public Article {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Ids of the region tags (countries, sub-regions, continents, groupings), highest score first. */
    public List<String> regions() {
        return tags.stream().filter(t -> t.kind().isRegion()).map(Tag::id).toList();
    }

    /** Ids of the topic tags, highest score first. */
    public List<String> topics() {
        return tags.stream().filter(t -> !t.kind().isRegion()).map(Tag::id).toList();
    }

    /** The publication time if known, else the ingestion time: what feeds sort and date by. */
    public Instant date() {
        return published != null ? published : ingested;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).guid(guid).url(url).origin(origin).title(title).summary(summary).text(text)
                .html(html).author(author).siteName(siteName).source(source).published(published)
                .ingested(ingested).categories(categories).tags(tags).story(story).duplicateOf(duplicateOf)
                .fingerprint(fingerprint);
    }

    /** Builds an {@link Article}; every field starts {@code null} (lists empty). */
    public static final class Builder {
        private Long id;
        private String guid;
        private String url;
        private String origin;
        private String title;
        private String summary;
        private String text;
        private String html;
        private String author;
        private String siteName;
        private SourceRef source;
        private Instant published;
        private Instant ingested;
        private List<String> categories = List.of();
        private List<Tag> tags = List.of();
        private String story;
        private Long duplicateOf;
        private Fingerprint fingerprint;

        private Builder() {
        }

        public Builder id(Long v) { this.id = v; return this; }
        public Builder guid(String v) { this.guid = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder origin(String v) { this.origin = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder summary(String v) { this.summary = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder html(String v) { this.html = v; return this; }
        public Builder author(String v) { this.author = v; return this; }
        public Builder siteName(String v) { this.siteName = v; return this; }
        public Builder source(SourceRef v) { this.source = v; return this; }
        public Builder published(Instant v) { this.published = v; return this; }
        public Builder ingested(Instant v) { this.ingested = v; return this; }
        public Builder categories(List<String> v) { this.categories = v; return this; }
        public Builder tags(List<Tag> v) { this.tags = v; return this; }
        public Builder story(String v) { this.story = v; return this; }
        public Builder duplicateOf(Long v) { this.duplicateOf = v; return this; }
        public Builder fingerprint(Fingerprint v) { this.fingerprint = v; return this; }

        public Article build() {
            return new Article(id, guid, url, origin, title, summary, text, html, author, siteName, source,
                    published, ingested, categories, tags, story, duplicateOf, fingerprint);
        }
    }
}
