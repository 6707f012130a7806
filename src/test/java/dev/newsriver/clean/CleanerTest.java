package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.RawDocument.Format;
import dev.newsriver.article.SourceRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private static final SourceRef SOURCE = new SourceRef("test", "Test");
    private static final String PARA = "The council met on Monday and agreed to a new budget for the coming year, officials said.";

    private final Cleaner cleaner = new Cleaner();

    private static RawDocument entry(String content, String title, String author, Instant published) {
        return new RawDocument(SOURCE, "https://example.org/feed.xml#1", Format.FEED_ENTRY, content, "g1",
                "https://example.org/1", title, author, published, List.of("Politics"));
    }

    @Test
    void anEmptyDocumentIsRejectedNamingItsOrigin() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> cleaner.clean(RawDocument.page(SOURCE, "file:in/empty.txt", Format.TEXT, "  \n ")));
        assertTrue(e.getMessage().contains("file:in/empty.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aDumpWithoutAnyArticleIsRejectedNamingItsOrigin() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> cleaner.clean(RawDocument.page(SOURCE, "file:in/menu.txt", Format.TEXT, "  • Home\n  • News\n")));
        assertTrue(e.getMessage().startsWith("file:in/menu.txt: no article text"), e.getMessage());
    }

    @Test
    void whatTheFeedEntryKnowsWinsAndIdentityIsCopied() {
        Instant when = Instant.parse("2025-01-02T03:04:05Z");
        Article a = cleaner.clean(entry("<p>" + PARA + "</p>", "Feed title", "Feed Author", when));
        assertEquals("Feed title", a.title());
        assertEquals("Feed Author", a.author());
        assertEquals(when, a.published());
        assertEquals("g1", a.guid());
        assertEquals("https://example.org/1", a.url());
        assertEquals("https://example.org/feed.xml#1", a.origin());
        assertEquals(SOURCE, a.source());
        assertEquals(List.of("Politics"), a.categories());
        assertNull(a.id());
        assertNull(a.ingested());
        assertTrue(a.tags().isEmpty());
    }

    @Test
    void aFeedEntryFragmentIsSanitizedAndItsTextRead() {
        Article a = cleaner.clean(entry("<p onclick=x()>" + PARA + "</p><script>bad()</script><p>Second <a href="
                + "\"javascript:alert(1)\">link</a>.</p>", "T", null, null));
        assertEquals(PARA + "\nSecond link.", a.text());
        assertEquals(PARA, a.summary());
        assertFalse(a.html().contains("script") || a.html().contains("onclick") || a.html().contains("javascript"));
    }

    @Test
    void aPlainTextFeedEntryBecomesEscapedParagraphs() {
        Article a = cleaner.clean(entry("Tom & Jerry said 3 < 4.\n\n" + PARA, "T", null, null));
        assertEquals("Tom & Jerry said 3 < 4.\n" + PARA, a.text());
        assertTrue(a.html().startsWith("<p>Tom &amp; Jerry said 3 &lt; 4.</p>"), a.html());
    }

    @Test
    void aTextDumpBodyBecomesOneEscapedParagraphPerLine() {
        String dump = "A <b> title\n\n" + PARA + "\n\nIt cost 5 < 6 million & more, the mayor said on the record.";
        Article a = cleaner.clean(RawDocument.page(SOURCE, "file:a.txt", Format.TEXT, dump));
        assertEquals("<p>" + PARA + "</p><p>It cost 5 &lt; 6 million &amp; more, the mayor said on the record.</p>",
                a.html());
    }

    @Test
    void pageCategoriesExtendTheSourceCategoriesWithoutRepeats() {
        RawDocument raw = new RawDocument(SOURCE, "file:b.txt", Format.TEXT,
                "Title here\n\n" + PARA + "\n\n  • politics\n  • Budget\n", null, null, null, null, null,
                List.of("Politics"));
        assertEquals(List.of("Politics", "Budget"), cleaner.clean(raw).categories());
    }

    @Test
    void aLineTwoPagesOfTheSourceHadOutsideTheArticleIsDroppedInsideTheNextOne() {
        String second = "Opposition members walked out of the session before the vote, calling the plan unfair.";
        String page = "Daily Herald tips line\n\nTitle %s\n\n" + PARA + "\n\n%s\n\n" + second;
        String inside = String.format(page, "three", "Daily Herald tips line");
        Cleaner fresh = new Cleaner();
        assertTrue(fresh.clean(RawDocument.page(SOURCE, "file:3.txt", Format.TEXT, inside)).text()
                .contains("Daily Herald tips line"));
        Cleaner learning = new Cleaner();
        learning.clean(RawDocument.page(SOURCE, "file:1.txt", Format.TEXT, String.format(page, "one", "")));
        learning.clean(RawDocument.page(SOURCE, "file:2.txt", Format.TEXT, String.format(page, "two", "")));
        assertEquals(PARA + "\n" + second,
                learning.clean(RawDocument.page(SOURCE, "file:3.txt", Format.TEXT, inside)).text());
    }
}
