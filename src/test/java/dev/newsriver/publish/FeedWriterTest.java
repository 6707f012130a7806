package dev.newsriver.publish;

import static dev.newsriver.testing.Articles.article;
import static dev.newsriver.testing.Articles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedWriterTest {
    private final FeedWriter writer = new FeedWriter();
    private final FeedInfo info = new FeedInfo("Newsriver — Sahel", "News about Sahel", "https://news.example/",
            "https://news.example/regions/sahel/feed.xml");
    private final Article item = article("g1", "Body text.").id(7L).url("https://origin.example/a")
            .title("<img src=x onerror=alert(1)> Niger & the US").author("Al Mayadeen English")
            .html("<p>Body <b>text</b>.</p>")
            .tags(List.of(tag("sahel", Tag.Kind.REGION), tag("us-troops", Tag.Kind.TOPIC))).build();

    private SyndFeed read(FeedFormat format) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        String xml = new String(writer.write(format, info, List.of(item)), StandardCharsets.UTF_8);
        return input.build(new StringReader(xml));
    }

    @Test
    void rssCarriesTitleLinkAuthorTagsHtmlAndAStableGuid() throws Exception {
        SyndFeed feed = read(FeedFormat.RSS);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        SyndEntry e = feed.getEntries().get(0);
        assertThat(e.getTitle()).isEqualTo("<img src=x onerror=alert(1)> Niger & the US");
        assertThat(e.getLink()).isEqualTo("https://origin.example/a");
        assertThat(e.getUri()).isEqualTo(FeedWriter.stableGuid(item));
        assertThat(e.getDescription().getValue()).isEqualTo("<p>Body <b>text</b>.</p>");
        assertThat(e.getCategories()).extracting(c -> c.getName()).containsExactly("sahel", "us-troops");
    }

    @Test
    void rssDeclaresItsSelfLinkAndEscapesMarkupInTitles() {
        String xml = new String(writer.write(FeedFormat.RSS, info, List.of(item)), StandardCharsets.UTF_8);
        assertThat(xml).containsPattern("<atom:link [^>]*href=\"https://news.example/regions/sahel/feed.xml\" rel=\"self\"");
        assertThat(xml).doesNotContain("<dc:date>", "<dc:language>");
        assertThat(xml).contains("&lt;img src=x onerror=alert(1)&gt; Niger &amp; the US").doesNotContain("<img");
    }

    @Test
    void atomIsReadBackWithTheSameEntries() throws Exception {
        SyndFeed feed = read(FeedFormat.ATOM);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly(FeedWriter.stableGuid(item));
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        JsonNode feed = JsonMapper.builder().build().readTree(writer.write(FeedFormat.JSON, info, List.of(item)));
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asString()).isEqualTo(info.selfUrl());
        JsonNode entry = feed.get("items").get(0);
        assertThat(entry.get("id").asString()).isEqualTo(FeedWriter.stableGuid(item));
        assertThat(entry.get("content_html").asString()).isEqualTo("<p>Body <b>text</b>.</p>");
        assertThat(entry.get("authors").get(0).get("name").asString()).isEqualTo("Al Mayadeen English");
    }

    @Test
    void theGuidDependsOnSourceAndSourceGuidOnly() {
        Article sameItemLater = item.toBuilder().id(99L).title("Changed title").build();
        assertThat(FeedWriter.stableGuid(sameItemLater)).isEqualTo(FeedWriter.stableGuid(item));
    }

    @Test
    void oneControlCharacterInAnyFieldDoesNotBreakTheFeedAndBadLinksAreNotOffered() throws Exception {
        Article broken = article("g2", "Body.").id(8L).url("javascript:alert(1)")
                .title("Bell\u0007 in\u0000 the\uFFFE title").author("Au\u001Bthor").summary("Lead\u0001.")
                .html("<p>Body\u0002 text\uD800.</p>").tags(List.of(tag("sa\u0003hel", Tag.Kind.REGION))).build();
        List<Article> items = List.of(broken, item);
        for (FeedFormat format : new FeedFormat[] {FeedFormat.RSS, FeedFormat.ATOM}) {
            String xml = new String(writer.write(format, info, items), StandardCharsets.UTF_8);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(new StringReader(xml));
            assertThat(feed.getEntries()).as(format.name()).hasSize(2);
            SyndEntry e = feed.getEntries().get(0);
            assertThat(e.getTitle()).isEqualTo("Bell in the title");
            assertThat(e.getLink()).as(format.name()).isNull();
            assertThat(xml).doesNotContain("javascript:", "\u0007", "\u0000", "\u0002", "\uFFFE", "\u001B");
            assertThat(feed.getEntries().get(1).getLink()).isEqualTo("https://origin.example/a");
        }
        JsonNode json = JsonMapper.builder().build().readTree(writer.write(FeedFormat.JSON, info, items));
        assertThat(json.get("items").get(0).has("url")).isFalse();
        assertThat(json.get("items").get(1).get("url").asString()).isEqualTo("https://origin.example/a");
        assertThat(ItemJson.toMap(broken).get("url")).isNull();
    }
}
