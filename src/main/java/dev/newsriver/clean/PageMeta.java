package dev.newsriver.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page, read in order of trust: JSON-LD, then OpenGraph and {@code <meta>},
 * then the page itself ({@code <h1>}, {@code <time>}, byline elements). Immutable.
 *
 * @param title      the article title
 * @param byline     the author(s), or {@code null}
 * @param published  publication time, or {@code null}
 * @param siteName   the publication's name, or {@code null}
 * @param categories keywords and section the page declares
 */
record PageMeta(String title, String byline, Instant published, String siteName, List<String> categories) {

    /** Reads the metadata; call before scripts are stripped from {@code doc}. */
    static PageMeta read(Document doc) {
        return read(doc, PageScan.of(doc, new Hints()));
    }

    /** Reads the metadata from what {@code scan} found in {@code doc}. */
    static PageMeta read(Document doc, PageScan scan) {
        JsonLd ld = JsonLd.read(scan.jsonLd);
        String title = Titles.choose(first(ld.headline(), scan.meta("og:title"), scan.meta("twitter:title")),
                doc.title(), scan.h1s);
        String byline = first(ld.author(), scan.meta("dc:creator"), scan.meta("dcterm:creator"),
                scan.meta("dcterms.creator"), nonUrl(scan.meta("author")), scan.meta("parsely-author"),
                nonUrl(scan.meta("article:author")));
        byline = byline != null ? byline : bylineElement(scan.bylines());
        String date = first(ld.datePublished(), scan.meta("article:published_time"), scan.meta("datePublished"),
                scan.meta("pubdate"), scan.meta("publishdate"), scan.meta("date"), scan.meta("dc.date"),
                scan.meta("dc.date.issued"), scan.meta("parsely-pub-date"), scan.meta("sailthru.date"), scan.time);
        String site = first(scan.meta("og:site_name"), ld.publisher(), scan.meta("application-name"));
        return new PageMeta(title, byline, Dates.iso(date), site, categories(scan));
    }

    private static String bylineElement(Iterable<Element> candidates) {
        for (Element e : candidates) {
            String text = tidyByline(e.hasAttr("content") ? e.attr("content") : e.text());
            if (!text.isEmpty() && text.length() < 100 && !text.startsWith("http")) {
                return text;
            }
        }
        return null;
    }

    /** "By Jane Roe — 3 May 2024" → "Jane Roe": drops the "By" and what follows a separator. */
    static String tidyByline(String raw) {
        String text = raw.strip().replaceFirst("(?i)^(by|von|par|por)\\s+", "");
        String[] parts = text.split("\\s+[—–|•·-]\\s*|\\s*[—–|•·]\\s+", 2);
        String first = parts[0].strip();
        return Prose.words(first) >= 2 || parts.length == 1 ? first : text;
    }

    private static List<String> categories(PageScan scan) {
        Set<String> found = new LinkedHashSet<>(scan.metaAll("article:tag"));
        found.addAll(scan.metaAll("article:section"));
        String keywords = scan.meta("keywords");
        if (keywords != null && keywords.length() < 300) {
            for (String k : keywords.split(",")) {
                found.add(k.strip());
            }
        }
        found.remove("");
        return new ArrayList<>(found);
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
