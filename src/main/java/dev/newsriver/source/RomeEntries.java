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

    static RawDocument toRawDocument(SyndEntry e, String feedUri, SourceRef source) {
        String link = link(e);
        String title = FeedParser.blankToNull(e.getTitle());
        String content = richestBody(e);
        String guid = Identity.of(e.getUri(), link, title, content);
        return new RawDocument(source, feedUri + "#" + guid, RawDocument.Format.FEED_ENTRY, content, guid,
                link == null ? null : Identity.canonicalLink(link),
                title, author(e), published(e), categories(e));
    }

    private static String richestBody(SyndEntry e) {
        String best = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
                best = c.getValue();
            }
        }
        if ((best == null || best.isBlank()) && e.getDescription() != null) {
            best = e.getDescription().getValue();
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
        String author = FeedParser.blankToNull(e.getAuthor());
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
        return names;
    }

    private static void add(List<String> names, String value) {
        String name = FeedParser.blankToNull(value);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }
}
