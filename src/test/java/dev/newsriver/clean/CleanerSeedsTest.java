package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/** The five seed dumps against their golden expectations in {@code clean/seeds/<case>.expected.json}. */
class CleanerSeedsTest {

    private static final java.util.List<String> CASES = SeedFixtures.CASES;
    private final Cleaner cleaner = new Cleaner();

    @ParameterizedTest
    @FieldSource("CASES")
    void seedKeepsItsTitleDateBylineAndCategories(String id) {
        Article article = cleaner.clean(SeedFixtures.raw(id));
        JsonNode expected = SeedFixtures.expected(id);
        assertEquals(expected.get("title").stringValue(), article.title());
        assertEquals(instant(expected.get("published")), article.published());
        assertEquals(expected.get("byline").stringValue(null), article.author());
        assertEquals(expected.get("siteName").stringValue(null), article.siteName());
        assertEquals(SeedFixtures.strings(expected.get("categories")), article.categories());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void seedBodyRunsFromFirstToLastArticleSentence(String id) {
        Article article = cleaner.clean(SeedFixtures.raw(id));
        JsonNode expected = SeedFixtures.expected(id);
        assertTrue(article.text().startsWith(expected.get("first").stringValue()), () -> article.text());
        assertTrue(article.text().endsWith(expected.get("last").stringValue()), () -> article.text());
        for (String kept : SeedFixtures.strings(expected.get("contains"))) {
            assertTrue(article.text().contains(kept), () -> id + " lost: " + kept);
        }
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void seedBodyHasNoFurniture(String id) {
        Article article = cleaner.clean(SeedFixtures.raw(id));
        for (String gone : SeedFixtures.strings(SeedFixtures.expected(id).get("absent"))) {
            assertFalse(article.text().contains(gone), () -> id + " still has: " + gone);
            assertFalse(article.html().contains(gone), () -> id + " html still has: " + gone);
        }
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void seedSummaryIsTheLeadAndHtmlHasOneParagraphPerLine(String id) {
        Article article = cleaner.clean(SeedFixtures.raw(id));
        assertEquals(article.text().split("\n")[0], article.summary());
        assertEquals(article.text().split("\n").length, article.html().split("<p>").length - 1);
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.stringValue());
    }
}
