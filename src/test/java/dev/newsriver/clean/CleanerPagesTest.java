package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/**
 * Hand-picked Readability test pages (copied into {@code clean/pages/<case>/}, see the README there)
 * against expectations taken from the corpus' expected text and metadata.
 */
class CleanerPagesTest {

    static final List<String> CASES = List.of("daringfireball-1", "001", "v8-blog", "simplyfound-1",
            "medium-2", "ars-1", "herald-sun-1", "la-nacion", "ehow-1", "dropbox-blog", "topicseed-1", "tmz-1", "lwn-1");

    private final Cleaner cleaner = new Cleaner();

    private Article clean(String id) {
        return cleaner.clean(new RawDocument(SeedFixtures.SOURCE, "clean/pages/" + id, RawDocument.Format.HTML,
                SeedFixtures.resource("/clean/pages/" + id + "/source.html"), null, "http://fakehost/test/page.html",
                null, null, null, null));
    }

    private static JsonNode expected(String id) {
        return tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(SeedFixtures.resource("/clean/pages/" + id + "/expected.json"));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void pageKeepsItsTitleAndDate(String id) {
        Article article = clean(id);
        JsonNode expected = expected(id);
        assertEquals(expected.get("title").stringValue(), article.title());
        JsonNode published = expected.get("published");
        assertEquals(published.isNull() ? null : Dates.iso(published.stringValue()), article.published());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void pageBodyHoldsTheFirstAndLastArticleLinesAndNoNamedFurniture(String id) {
        Article article = clean(id);
        JsonNode expected = expected(id);
        String text = article.text().replaceAll("\\s+", " ");
        assertTrue(text.contains(expected.get("first").stringValue().replaceAll("\\s+", " ")), () -> id + ": " + text);
        assertTrue(text.contains(expected.get("last").stringValue().replaceAll("\\s+", " ")), () -> id + ": " + text);
        for (String gone : SeedFixtures.strings(expected.get("absent"))) {
            assertFalse(text.contains(gone), () -> id + " still has: " + gone);
        }
        assertFalse(article.html().contains("<script"), id);
    }

}
