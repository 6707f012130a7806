package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Asserts that a cleaned seed matches its golden expectations. */
final class SeedCheck {

    private SeedCheck() {
    }

    static void metadata(String id, Article article) {
        JsonNode expected = SeedFixtures.expected(id);
        assertEquals(expected.get("title").stringValue(), article.title(), id);
        JsonNode published = expected.get("published");
        assertEquals(published.isNull() ? null : Instant.parse(published.stringValue()), article.published(), id);
        assertEquals(expected.get("byline").stringValue(null), article.author(), id);
        assertEquals(expected.get("siteName").stringValue(null), article.siteName(), id);
        assertEquals(SeedFixtures.strings(expected.get("categories")), article.categories(), id);
    }

    static void body(String id, Article article) {
        JsonNode expected = SeedFixtures.expected(id);
        String text = article.text();
        assertTrue(text.startsWith(expected.get("first").stringValue()), () -> id + " starts: " + text);
        assertTrue(text.endsWith(expected.get("last").stringValue()), () -> id + " ends: " + text);
        for (String kept : SeedFixtures.strings(expected.get("contains"))) {
            assertTrue(text.contains(kept), () -> id + " lost: " + kept);
        }
        for (String gone : SeedFixtures.strings(expected.get("absent"))) {
            assertFalse(text.contains(gone), () -> id + " still has: " + gone);
            assertFalse(article.html().contains(gone), () -> id + " html still has: " + gone);
        }
    }
}
