package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetaTest {

    private static PageMeta read(String head, String body) {
        return PageMeta.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @Test
    void jsonLdWinsOverOpenGraphAndMeta() {
        PageMeta m = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\","
                + "\"datePublished\":\"2024-04-24T02:29:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"},"
                + "{\"name\":\"John Doe\"}],\"publisher\":{\"name\":\"Herald\"}}]}</script>"
                + "<meta property=\"og:title\" content=\"Other\"><meta name=\"author\" content=\"Nobody\">", "<p>x</p>");
        assertEquals("Budget passes", m.title());
        assertEquals("Jane Roe, John Doe", m.byline());
        assertEquals(Instant.parse("2024-04-24T00:29:00Z"), m.published());
        assertEquals("Herald", m.siteName());
    }

    @Test
    void brokenJsonLdIsIgnoredAndOpenGraphAndMetaAreRead() {
        PageMeta m = read("<script type=\"application/ld+json\">{ broken</script>"
                + "<meta property=\"og:site_name\" content=\"Herald\"><meta name=\"author\" content=\"Jane Roe\">"
                + "<meta property=\"article:published_time\" content=\"2024-06-09T10:48:00Z\">"
                + "<meta property=\"article:tag\" content=\"Niger\"><meta name=\"keywords\" content=\"Sahel, Niger\">"
                + "<title>Budget passes | Herald</title>", "<h1>Budget passes</h1>");
        assertEquals("Budget passes", m.title());
        assertEquals("Jane Roe", m.byline());
        assertEquals(Instant.parse("2024-06-09T10:48:00Z"), m.published());
        assertEquals("Herald", m.siteName());
        assertEquals(List.of("Niger", "Sahel"), m.categories());
    }

    @Test
    void thePagesOwnH1BeatsASiteSuffixedTitle() {
        assertEquals("Niger ends cooperation", read("<title>Niger ends cooperation - Daily Herald</title>",
                "<h1>Niger ends cooperation</h1>").title());
    }

    @Test
    void aTimeElementAndABylineElementFillWhatMetaLacks() {
        PageMeta m = read("<title>T</title>", "<p class=\"byline\">By Jane Roe — 3 May 2024</p>"
                + "<time datetime=\"2024-05-03\">3 May</time>");
        assertEquals("Jane Roe", m.byline());
        assertEquals(Instant.parse("2024-05-03T00:00:00Z"), m.published());
        assertNull(m.siteName());
    }
}
