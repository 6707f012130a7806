package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What {@link FeedDom}'s pass over the XML makes of what real feeds do and ROME does not follow. */
class FeedDomTest {
    private static final SourceRef REF = new SourceRef("test", "Test");
    private static final String URI = "https://feeds.example.org/news/feed.xml";
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", URI, REF);
    }

    private RawDocument first(String xml) {
        return parse(xml).entries().get(0);
    }

    @Test
    void nestedXmlBaseResolvesLinksInBodiesTitlesAndAtomLinks() {
        RawDocument e = first("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/one/">
                  <entry xml:base="two/">
                    <id>urn:x:1</id>
                    <title type="html">&lt;a href="t.html"&gt;T&lt;/a&gt;</title>
                    <link href="story.html"/>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="../up.html">up</a><img src="/i.png"/></div></content>
                  </entry>
                </feed>""");
        assertThat(e.url()).isEqualTo("https://a.example/one/two/story.html");
        assertThat(e.title()).contains("href=\"https://a.example/one/two/t.html\"");
        assertThat(e.content()).contains("href=\"https://a.example/one/up.html\"", "src=\"https://a.example/i.png\"");
    }

    @Test
    void withoutXmlBaseLinksResolveAgainstTheFeedAsBefore() {
        RawDocument e = first("""
                <rss version="2.0"><channel><item><guid>g</guid>
                <description>&lt;a href="/x.html"&gt;x&lt;/a&gt;</description></item></channel></rss>""");
        assertThat(e.content()).isEqualTo("<a href=\"https://feeds.example.org/x.html\">x</a>");
    }

    @Test
    void earlyAtomDraftsAndBase64TextAreRead() {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/echo/">
                  <title mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
                  <entry><id>e1</id><title>Entry</title>
                    <issued>2004-01-01T19:48:21Z</issued><published>2010-01-01T19:48:21Z</published></entry>
                </feed>""");
        assertThat(feed.title()).isEqualTo("Example <b>Atom</b>");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Entry");
            assertThat(e.published()).isEqualTo(Instant.parse("2010-01-01T19:48:21Z"));
        });
        assertThat(first("<feed><entry><id a=\"b\">right</id><title>x</title></entry></feed>").guid()).isEqualTo("right");
    }

    @Test
    void rssBodiesAuthorsDatesAndTagListsInElementsRomeSkips() {
        RawDocument body = first("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
                <channel><item><guid>g</guid><body><p>Body <b>text</b></p></body>
                <dc:author>Example editor</dc:author><dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued>
                <tags>tag one, tag two</tags><category>category one</category></item></channel></rss>""");
        assertThat(body.content()).isEqualTo("<p>Body <b>text</b></p>");
        assertThat(body.author()).isEqualTo("Example editor");
        assertThat(body.published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
        assertThat(body.categories()).containsExactly("tag one", "tag two", "category one");
        assertThat(first("<rss version=\"2.0\"><channel><item><guid>g</guid><fullitem>&lt;p>Full&lt;/p></fullitem></item></channel></rss>")
                .content()).isEqualTo("<p>Full</p>");
        assertThat(first("<rss><item><title>Stray</title><description><![CDATA[ <b>x</b> ]]></description></item></rss>")
                .content()).isEqualTo("<b>x</b>");
    }

    @Test
    void svgInsideXhtmlLosesItsPrefixSoBrowsersDrawIt() {
        RawDocument e = first("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry xmlns:svg="http://www.w3.org/2000/svg"><id>s</id>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><svg:svg width="3"><svg:circle r="1"/></svg:svg></div></content>
                </entry></feed>""");
        assertThat(e.content()).contains("<svg ", "<circle ").doesNotContain("svg:svg", "svg:circle");
    }

    @Test
    void cdfChannelsAreRead() {
        ParsedFeed feed = parse("""
                <CHANNEL HREF="http://www.example.org/"><TITLE>Example feed</TITLE>
                  <ITEM HREF="/item.html"><TITLE>Example item</TITLE><ABSTRACT>Example description</ABSTRACT></ITEM>
                </CHANNEL>""");
        assertThat(feed.title()).isEqualTo("Example feed");
        assertThat(feed.link()).isEqualTo("http://www.example.org/");
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Example item");
            assertThat(e.url()).isEqualTo("https://feeds.example.org/item.html");
            assertThat(e.content()).isEqualTo("Example description");
        });
    }

    @Test
    void aPathAsIdBecomesALinkOtherIdsStayAsWritten() {
        assertThat(first("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>/2024/05/story</id><title>x</title></entry></feed>")
                .guid()).isEqualTo("https://feeds.example.org/2024/05/story");
        assertThat(first("<rss version=\"2.0\"><channel><item><guid isPermaLink=\"false\">12345</guid><title>x</title></item></channel></rss>")
                .guid()).isEqualTo("12345");
    }

    @Test
    void doctypesAreStillRefused() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>""";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedParseException.class).hasMessageContaining(URI);
    }
}
