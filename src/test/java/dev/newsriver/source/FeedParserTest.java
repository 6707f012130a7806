package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final SourceRef REF = new SourceRef("test", "Test");
    private static final Path FEEDS = Path.of("src/test/resources/sources/feeds");
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(Path file) throws IOException {
        return parser.parse(Files.readAllBytes(file), null, "file:" + file, REF);
    }

    @Test
    void theRssSampleGivesItsFiveEntriesWithTheRichestBody() throws IOException {
        ParsedFeed feed = parse(Path.of("feeds/samples/sahel.xml"));

        assertThat(feed.title()).isEqualTo("Newsriver sample: Sahel and West Africa");
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(60));
        assertThat(feed.entries()).hasSize(5);
        RawDocument first = feed.entries().get(0);
        assertThat(first.format()).isEqualTo(RawDocument.Format.FEED_ENTRY);
        assertThat(first.title()).isEqualTo("The United States agrees to withdraw its forces from Niger");
        assertThat(first.guid()).isEqualTo("sahel-2024-0420-niger-us-withdrawal");
        assertThat(first.origin()).isEqualTo("file:feeds/samples/sahel.xml#sahel-2024-0420-niger-us-withdrawal");
        assertThat(first.author()).isEqualTo("Newsriver sample desk");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-04-20T09:15:00Z"));
        assertThat(first.categories()).containsExactly("Niger", "Sahel", "Security");
        assertThat(first.content()).startsWith("<p>The United States has agreed to withdraw")
                .contains("Air Base 201").doesNotContain("pull out its troops");
        assertThat(feed.entries().get(1).url()).isEqualTo("https://news.example.org/sahel/2024/04/18/ecowas-mali-sanctions");
    }

    @Test
    void theSeedArticleInTheRssSampleCarriesEveryParagraphOfSeed003() throws IOException {
        List<String> seedLines = Files.readAllLines(Path.of("seeds/003_1b701daddded4476.txt"));
        String content = parse(Path.of("feeds/samples/sahel.xml")).entries().get(0).content();

        assertThat(seedLines.get(0)).isEqualTo("The United States agrees to withdraw its forces from Niger");
        for (String line : seedLines.subList(2, seedLines.size() - 1)) {
            String paragraph = line.replace("as well.Al Mayadeen English", "as well.");
            assertThat(content).contains("<p>" + paragraph.strip() + "</p>");
        }
    }

    @Test
    void theAtomSampleGivesItsEntriesWithHtmlContentAndCleanLinks() throws IOException {
        ParsedFeed feed = parse(Path.of("feeds/samples/world.atom"));

        assertThat(feed.entries()).hasSize(4);
        RawDocument drc = feed.entries().get(0);
        assertThat(drc.guid()).isEqualTo("urn:newsriver:sample:world:2024-04-21-drc-ceasefire");
        assertThat(drc.url()).isEqualTo("https://news.example.org/world/2024/04/21/drc-ceasefire");
        assertThat(drc.author()).isEqualTo("Claire Mbuyi");
        assertThat(drc.published()).isEqualTo(Instant.parse("2024-04-21T07:20:00Z"));
        assertThat(drc.content()).startsWith("<p>A ceasefire agreed");
        assertThat(drc.categories()).containsExactly("DR Congo", "Ceasefire");
    }

    @Test
    void rdfEntriesUseDublinCoreForAuthorDateAndSubject() throws IOException {
        RawDocument item = parse(FEEDS.resolve("rdf.xml")).entries().get(0);

        assertThat(item.title()).isEqualTo("Flooding in Niamey");
        assertThat(item.author()).isEqualTo("Moussa Issa");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-08-20T06:00:00Z"));
        assertThat(item.categories()).containsExactly("Niger");
        assertThat(item.url()).isEqualTo("https://news.example.org/rdf/1");
    }

    @Test
    void jsonFeedIsDetectedFromTheBytesAndFallsBackToLinkThenHashForIdentity() throws IOException {
        List<RawDocument> items = parse(FEEDS.resolve("jsonfeed.json")).entries();

        assertThat(items).hasSize(3);
        assertThat(items.get(0).guid()).isEqualTo("j-1");
        assertThat(items.get(0).author()).isEqualTo("Kofi Mensah");
        assertThat(items.get(0).published()).isEqualTo(Instant.parse("2024-01-10T07:00:00Z"));
        assertThat(items.get(0).content()).isEqualTo("<p>Visibility fell below 500 m.</p>");
        assertThat(items.get(0).categories()).containsExactly("Ghana", "Weather");
        assertThat(items.get(1).guid()).isEqualTo("https://news.example.org/j/2?page=2");
        assertThat(items.get(2).guid()).startsWith("sha256:").hasSize(7 + 32);
    }

    @Test
    void aByteOrderMarkOverridesAWrongPrologEncoding() throws IOException {
        assertThat(parse(FEEDS.resolve("bom-wrong-prolog.xml")).entries().get(0).title()).isEqualTo("Café in Dakar");
    }

    @Test
    void aLatin1PrologIsHonoured() throws IOException {
        assertThat(parse(FEEDS.resolve("latin1.xml")).entries().get(0).title()).isEqualTo("Café in Bamako");
    }

    @Test
    void utf8BytesUnderALatin1PrologAreReadAsUtf8() throws IOException {
        assertThat(parse(FEEDS.resolve("utf8-under-latin1-prolog.xml")).entries().get(0).title()).isEqualTo("Café in Niamey");
    }

    @Test
    void windows1252BytesUnderAUtf8PrologAreReadAsWindows1252() throws IOException {
        assertThat(parse(FEEDS.resolve("cp1252-under-utf8-prolog.xml")).entries().get(0).title()).isEqualTo("Café “quoted”");
    }

    @Test
    void utf16WithoutABomIsRecognised() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Été</title><guid>u</guid></item></channel></rss>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        assertThat(parser.parse(body, null, "https://x.example/feed", REF).entries().get(0).title()).isEqualTo("Été");
    }

    @Test
    void theHttpCharsetIsUsedWhenThePrologSaysNothing() {
        byte[] body = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf\u00e9</title><guid>c</guid></item></channel></rss>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        ParsedFeed feed = parser.parse(body, "application/rss+xml; charset=ISO-8859-1", "https://x.example/feed", REF);

        assertThat(feed.entries().get(0).title()).isEqualTo("Café");
    }

    @Test
    void externalEntitiesAreRefused() {
        assertThatThrownBy(() -> parse(FEEDS.resolve("xxe.xml")))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("xxe.xml");
    }

    @Test
    void entityExpansionIsRefused() {
        assertThatThrownBy(() -> parse(FEEDS.resolve("laughs.xml")))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("laughs.xml");
    }

    @Test
    void aPageThatIsNotAFeedIsAClearError() {
        assertThatThrownBy(() -> parse(FEEDS.resolve("garbage.xml")))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("garbage.xml", "not a readable feed");
    }
}
