package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence.Where;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokenizing: words, dotted initials, accents, apostrophes and the parts of an article. */
class TextTokensTest {
    private static final Vocabulary VOCABULARY = new Vocabulary();

    static {
        for (String w : List.of("us", "usa", "troops", "turkiye", "s", "nigerien", "niger", "cote", "d", "ivoire")) {
            VOCABULARY.add(w);
        }
    }

    private static List<String> known(TextTokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.id(i) < 0 ? "?" + t.surface(i) : t.surface(i));
        }
        return out;
    }

    private static List<Integer> knownIndexes(TextTokens t) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < t.knownCount(); k++) {
            out.add(t.known(k));
        }
        return out;
    }

    @Test
    void wordsAreFoundWhateverTheirCaseAccentsOrDots() {
        Article a = ArticleFixtures.article(null, null, "U.S. troops in Türkiye’s north; the USA, Nigerien. U.S.A. Côte d'Ivoire");
        TextTokens t = TextTokens.of(a, VOCABULARY);
        assertEquals(List.of("US", "troops", "?in", "Türkiye", "s", "?north", "?the", "USA", "Nigerien", "USA",
                "Côte", "d", "Ivoire"), known(t));
    }

    @Test
    void eachPartKeepsItsPlaceAndParagraphsAreCounted() {
        Article a = ArticleFixtures.article("Niger", "lead", "one\ntwo niger", "Niger");
        TextTokens t = TextTokens.of(a, VOCABULARY);
        assertEquals(List.of(Where.TITLE, Where.LEAD, Where.BODY, Where.BODY, Where.BODY, Where.CATEGORY),
                List.of(t.where(0), t.where(1), t.where(2), t.where(3), t.where(4), t.where(5)));
        assertEquals(List.of(0, 1), List.of(t.paragraph(2), t.paragraph(4)));
        assertEquals(List.of(1, 1), List.of(t.position(3) - t.position(2), t.position(4) - t.position(3)));
        assertTrue(t.position(1) - t.position(0) >= 1_000, "near never spans two parts");
        assertEquals(3, t.bodyWords());
    }

    @Test
    void phrasesKeepTheirNormalizedWords() {
        TextTokens t = TextTokens.ofPhrase("Côte d'Ivoire");
        assertEquals(List.of("cote", "d", "ivoire"), List.of(t.norm(0), t.norm(1), t.norm(2)));
    }

    @Test
    void theNextArticleOnTheSameThreadStartsAfresh() {
        String longBody = "Niger troops ".repeat(3_000) + "\nU.S. troops in Türkiye 😀";
        TextTokens first = TextTokens.of(ArticleFixtures.article("Niger", "lead", longBody, "Niger"), VOCABULARY);
        int firstSize = first.size();
        assertTrue(firstSize > 6_000);
        TextTokens second = TextTokens.of(ArticleFixtures.article(null, null, "the USA\nand 😀 Nigerien", "Cote"), VOCABULARY);
        assertEquals(List.of("?the", "USA", "?and", "Nigerien", "Cote"), known(second));
        assertEquals(List.of(1, 3, 4), knownIndexes(second), "the tokens a phrase can start at");
        assertEquals(List.of(Where.BODY, Where.CATEGORY), List.of(second.where(0), second.where(4)));
        assertEquals(List.of(0, 1), List.of(second.paragraph(0), second.paragraph(2)));
        assertEquals(4, second.bodyWords());
        assertEquals(0, second.position(0), "positions start again");
        // an article too long for the thread's buffers gets its own, and tokenizes the same way
        TextTokens huge = TextTokens.of(ArticleFixtures.article(null, null, "troops ".repeat(40_000)), VOCABULARY);
        assertEquals(40_000, huge.size());
        TextTokens after = TextTokens.of(ArticleFixtures.article(null, null, "USA troops"), VOCABULARY);
        assertEquals(List.of("USA", "troops"), known(after));
    }

    @Test
    void aLeadThatIsAParagraphOfTheBodyIsReadOnceAsBody() {
        String body = "Niger troops left.\nThe US said so.";
        TextTokens copied = TextTokens.of(ArticleFixtures.article("t", "Niger troops left.", body), VOCABULARY);
        assertEquals(List.of(Where.TITLE, Where.BODY, Where.BODY, Where.BODY), wheres(copied).subList(0, 4));
        assertTrue(wheres(copied).stream().noneMatch(w -> w == Where.LEAD), () -> wheres(copied).toString());
        // a lead of its own, or one that is only part of a paragraph, is read as the lead
        for (String lead : List.of("Niger expels troops.", "Niger troops")) {
            TextTokens own = TextTokens.of(ArticleFixtures.article("t", lead, body), VOCABULARY);
            assertEquals(Where.LEAD, own.where(1), lead);
        }
    }

    @Test
    void theLeadIsFoundAsAWholeParagraphAnywhereInTheBody() {
        assertEquals(0, TextTokens.leadInBody("A b.", "A b.\nC."));
        assertEquals(9, TextTokens.leadInBody("A b.", "A b. c d\nA b.\nC."));
        assertEquals(-1, TextTokens.leadInBody("A b.", "A b. c d"));
        assertEquals(3, TextTokens.leadInBody("A b.", "C.\nA b."));
        assertEquals(-1, TextTokens.leadInBody("A b.", "C.\nA b"));
        assertEquals(-1, TextTokens.leadInBody(null, "A b."));
        assertEquals(-1, TextTokens.leadInBody(" ", "A b."));
    }

    private static List<Where> wheres(TextTokens t) {
        List<Where> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.where(i));
        }
        return out;
    }
}
