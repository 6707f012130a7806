package dev.newsriver.source;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Maps one ROME entry onto a {@link RawDocument} so that no ROME type leaves the package: the richest
 * body (content:encoded or Atom content, else description/summary), title, author (incl. Dublin Core
 * creator), published (else updated) date, link, identity and categories. Stateless; thread-safe.
 */
final class RomeEntries {

    private RomeEntries() {
    }

    static RawDocument toRawDocument(SyndEntry e, String feedUri, String baseUri, SourceRef source, String feedType) {
        boolean atom10 = "atom_1.0".equals(feedType);
        String link = FeedUris.resolve(baseUri, link(e));
        DCModule dc = e.getModule(DCModule.URI) instanceof DCModule d ? d : null;
        String title = FeedParser.blankToNull(RomeText.title(e.getTitleEx(), e.getTitle(), feedType));
        if (title == null) {
            title = dc != null && dc.getTitle() != null ? FeedParser.blankToNull(dc.getTitle()) : ForeignMarkup.title(e.getForeignMarkup());
        }
        title = FeedUris.resolveInHtml(baseUri, title);
        String content = FeedUris.resolveInHtml(baseUri, richestBody(e, dc, atom10));
        String guid = Identity.of(absoluteId(e.getUri(), baseUri), link, title, content);
        return new RawDocument(source, feedUri + "#" + guid, RawDocument.Format.FEED_ENTRY, content, guid,
                link == null ? null : Identity.canonicalLink(link),
                title, author(e), published(e), categories(e));
    }

    /**
     * An id written as a path ({@code /2024/05/story}) is a link relative to the feed, as feed readers read it;
     * any other id is kept as written.
     */
    static String absoluteId(String id, String baseUri) {
        String trimmed = id == null ? null : id.strip();
        if (trimmed == null || !trimmed.startsWith("/") || trimmed.startsWith("//")) {
            return id;
        }
        return FeedUris.resolve(baseUri, trimmed);
    }

    private static String richestBody(SyndEntry e, DCModule dc, boolean atom10) {
        String best = null;
        for (SyndContent c : e.getContents()) {
            String v = RomeText.value(c, atom10);
            if (v != null && (best == null || v.length() > best.length())) {
                best = v;
            }
        }
        if (best == null || best.isBlank()) {
            best = RomeText.value(e.getDescription(), atom10);
        }
        if (best == null || best.isBlank()) {
            best = ForeignMarkup.body(e.getForeignMarkup());
        }
        if ((best == null || best.isBlank()) && dc != null) {
            best = dc.getDescription();
        }
        return best == null ? "" : best.trim();
    }

    private static String link(SyndEntry e) {
        String link = FeedParser.blankToNull(e.getLink());
        if (link == null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || "alternate".equals(l.getRel()))) {
                    return l.getHref().trim();
                }
            }
        }
        return link;
    }

    private static String author(SyndEntry e) {
        String author = RomeText.authorName(FeedParser.blankToNull(e.getAuthor()));
        if (author == null) {
            author = ForeignMarkup.author(e.getForeignMarkup());
        }
        if (author == null) {
            for (SyndPerson p : e.getAuthors()) {
                String name = FeedParser.blankToNull(p.getName());
                if (name != null) {
                    return name;
                }
            }
        }
        return author;
    }

    private static Instant published(SyndEntry e) {
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static List<String> categories(SyndEntry e) {
        List<String> names = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            add(names, c.getName());
        }
        if (e.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject s : dc.getSubjects()) {
                add(names, s.getValue());
            }
        }
        ForeignMarkup.categories(e.getForeignMarkup()).forEach(c -> add(names, c));
        return names;
    }

    private static void add(List<String> names, String value) {
        String name = FeedParser.blankToNull(value);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }
}
