package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The raw seed pages, menus and tickers included, would be tagged with places the articles are not
 * about: what the cleaner must remove before tagging (the end-to-end test checks it does).
 */
class FurnitureTaggingTest {
    private static Tagger tagger;

    @BeforeAll
    static void loadRules() {
        tagger = Tagger.load(ArticleFixtures.TAGS);
    }

    private static Article raw(String file) throws IOException {
        String text = Files.readString(Path.of("seeds", file));
        return ArticleFixtures.article(null, null, text);
    }

    private static List<String> candidates(Article a) {
        return tagger.candidates(a).stream().map(Tag::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"000_26f162bfad6ad746.txt, israel", "000_26f162bfad6ad746.txt, palestine",
            "000_26f162bfad6ad746.txt, iran", "001_176ac0e521890d7a.txt, israel", "001_176ac0e521890d7a.txt, iran",
            "001_176ac0e521890d7a.txt, palestine"})
    void tickersAndRelatedLinksOfARawPagePublishPlacesTheStoryIsNotAbout(String file, String place) throws IOException {
        assertTrue(tagger.tag(raw(file)).regions().contains(place));
    }

    @Test
    void relatedLinksAboutLebanonAndUkraineAreEvidenceForThem() throws IOException {
        assertTrue(candidates(raw("000_26f162bfad6ad746.txt")).contains("lebanon"));
        assertTrue(candidates(raw("004_06bd735c41bad691.txt")).contains("ukraine"));
        assertTrue(candidates(raw("001_176ac0e521890d7a.txt")).contains("ukraine"));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "001", "004"})
    void theHandCleanedArticlesHaveNoneOfThem(String seed) {
        Article clean = ArticleFixtures.read(ArticleFixtures.SEEDS.resolve(seed + ".txt"));
        List<String> found = candidates(clean);
        for (String place : List.of("israel", "palestine", "lebanon", "ukraine")) {
            assertFalse(found.contains(place), place + " in " + found);
        }
        assertFalse(tagger.tag(clean).regions().contains("iran"), "Iran is named once in passing, not published");
    }
}
