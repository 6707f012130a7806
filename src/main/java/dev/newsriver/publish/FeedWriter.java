package dev.newsriver.publish;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import dev.newsriver.article.WebText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jdom2.Namespace;

/**
 * Renders items as RSS 2.0, Atom 1.0 (through ROME) or JSON Feed 1.1. Items carry their tags as
 * categories, the author, dates, the sanitized HTML, the original link and a stable guid. Thread-safe.
 */
public final class FeedWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    public byte[] write(FeedFormat format, FeedInfo info, List<Article> items) {
        if (format == FeedFormat.JSON) {
            return ItemJson.write(jsonFeed(info, items)).getBytes(StandardCharsets.UTF_8);
        }
        try {
            WireFeed wire = syndFeed(format, info, items).createWireFeed();
            if (wire instanceof Channel channel) {
                withoutDcDuplicates(channel.getModules());
                channel.getItems().forEach(i -> withoutDcDuplicates(i.getModules()));
            }
            Document doc = new WireFeedOutput().outputJDom(wire);
            if (format == FeedFormat.ATOM) {
                preciseUpdated(doc, items);
            }
            return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).outputString(doc)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot render " + format + " feed '" + info.title() + "'", e);
        }
    }

    /**
     * Atom's {@code updated} to the millisecond (ROME writes whole seconds): items stored within one second
     * still differ, as validators expect of entries in one feed.
     */
    private static void preciseUpdated(Document doc, List<Article> items) {
        Element root = doc.getRootElement();
        Namespace atom = root.getNamespace();
        List<Element> entries = root.getChildren("entry", atom);
        for (int i = 0; i < entries.size() && i < items.size(); i++) {
            Article a = items.get(i);
            Element updated = entries.get(i).getChild("updated", atom);
            if (updated != null) {
                updated.setText((a.ingested() != null ? a.ingested() : a.date()).toString());
            }
        }
        Element feedUpdated = root.getChild("updated", atom);
        if (feedUpdated != null && !items.isEmpty()) {
            feedUpdated.setText(items.stream().map(a -> a.ingested() != null ? a.ingested() : a.date())
                    .max(Instant::compareTo).orElseThrow().toString());
        }
    }

    /**
     * RSS 2.0 has pubDate and language of its own; ROME also writes them as dc:date and dc:language, which
     * feed validators flag. Keep dc:creator (RSS's author element must be an e-mail address).
     */
    private static void withoutDcDuplicates(List<Module> modules) {
        for (Module m : modules) {
            if (m instanceof DCModule dc) {
                dc.setDates(new ArrayList<>());
                dc.setLanguages(new ArrayList<>());
            }
        }
    }

    /** A guid that stays the same for an item across restarts, instances and exports. */
    public static String stableGuid(Article a) {
        String key = a.source().id() + "\n" + a.guid();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private SyndFeed syndFeed(FeedFormat format, FeedInfo info, List<Article> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setTitle(WebText.xmlSafe(info.title()));
        feed.setDescription(WebText.xmlSafe(info.description()));
        feed.setLink(info.siteUrl());
        feed.setUri(info.selfUrl());
        feed.setLanguage("en");
        feed.setGenerator("Newsriver");
        feed.setPublishedDate(Date.from(items.isEmpty() ? Instant.EPOCH : items.get(0).date()));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(info.selfUrl());
        self.setType(format.mediaType().replaceAll(";.*", ""));
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(info.siteUrl());
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        if (format == FeedFormat.RSS) {
            Element atomSelf = new Element("link", ATOM);
            atomSelf.setAttribute("href", info.selfUrl());
            atomSelf.setAttribute("rel", "self");
            atomSelf.setAttribute("type", "application/rss+xml");
            feed.setForeignMarkup(List.of(atomSelf));
        }
        feed.setEntries(items.stream().map(a -> entry(a, format)).toList());
        return feed;
    }

    private SyndEntry entry(Article a, FeedFormat format) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(WebText.xmlSafe(a.title()));
        e.setLink(WebText.webUrl(a.url()));
        e.setUri(stableGuid(a));
        e.setAuthor(WebText.xmlSafe(author(a)));
        e.setPublishedDate(Date.from(a.date()));
        e.setUpdatedDate(Date.from(a.ingested() != null ? a.ingested() : a.date()));
        SyndContent body = new SyndContentImpl();
        body.setType("text/html");
        body.setValue(a.html() != null ? WebText.xmlSafe(a.html()) : "");
        if (format == FeedFormat.ATOM) {
            e.setContents(List.of(body)); // Atom: the article as content, the lead as summary
            if (a.summary() != null && !a.summary().isBlank()) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text/plain");
                summary.setValue(WebText.xmlSafe(a.summary()));
                e.setDescription(summary);
            }
        } else {
            e.setDescription(body);
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (Tag t : a.tags()) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(WebText.xmlSafe(t.label()));
            c.setTaxonomyUri(t.kind().isRegion() ? "urn:newsriver:region" : "urn:newsriver:topic");
            categories.add(c);
        }
        e.setCategories(categories);
        return e;
    }

    private static String author(Article a) {
        return a.author() != null && !a.author().isBlank() ? a.author() : a.source().name();
    }

    private Map<String, Object> jsonFeed(FeedInfo info, List<Article> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", info.title());
        feed.put("home_page_url", info.siteUrl());
        feed.put("feed_url", info.selfUrl());
        feed.put("description", info.description());
        feed.put("language", "en");
        feed.put("items", items.stream().map(FeedWriter::jsonItem).toList());
        return feed;
    }

    private static Map<String, Object> jsonItem(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", stableGuid(a));
        String url = WebText.webUrl(a.url());
        if (url != null) {
            m.put("url", url);
        }
        m.put("title", a.title());
        m.put("content_html", a.html() != null ? a.html() : "");
        if (a.summary() != null) {
            m.put("summary", a.summary());
        }
        m.put("date_published", a.date().toString());
        m.put("authors", List.of(Map.of("name", author(a))));
        m.put("tags", a.tags().stream().map(Tag::label).toList());
        return m;
    }
}
