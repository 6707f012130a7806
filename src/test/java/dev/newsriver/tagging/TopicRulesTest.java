package dev.newsriver.tagging;

import static dev.newsriver.tagging.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conditions a topic rule can state, each shown on a short item whose title carries the words. */
class TopicRulesTest {
    private static final String RULES = """
            threshold: 0.5
            topics:
              plain:
                any: [sanction]
              both:
                all: [[drought, dry spell], [harvest, crops]]
              vetoed:
                any: [strike]
                none: [lucky strike]
              close:
                near:
                  - {a: [US], b: [troop], within: 3}
              masked:
                any: [trade, trading partner]
                ignore: [trade-off, trading]
              west-africa-only:
                any: [convoy]
                regions: {any: [west-africa]}
              abroad:
                any: [embassy]
                regions: {except: [united-states, north-america, americas]}
              proper:
                case: sensitive
                any: [Wagner]
              as-written:
                any: [=primaries, =new units]
            """;

    @TempDir
    static Path dir;
    private static Tagger tagger;

    @BeforeAll
    static void load() throws IOException {
        Path file = dir.resolve("tags.yml");
        Files.writeString(file, RULES);
        tagger = Tagger.load(file);
    }

    private static List<String> topics(String title) {
        return tagger.tag(article(title, null, null)).topics();
    }

    @Test
    void anyPhraseMatchesWithItsRegularInflections() {
        assertEquals(List.of("plain"), topics("New sanctions announced"));
        assertEquals(List.of("plain"), topics("Bank sanctioned by regulators"));
        assertEquals(List.of(), topics("Sanctuary opens"));
    }

    @Test
    void anExactPhraseMatchesOnlyAsWritten() {
        assertEquals(List.of("as-written"), topics("Primaries open in Iowa"));
        assertEquals(List.of(), topics("Oakfield Primary newsletter"));
        assertEquals(List.of(), topics("The primaried senator"));
        assertEquals(List.of("as-written"), topics("Two new units formed"));
        assertEquals(List.of(), topics("A new unit formed"));
    }

    @Test
    void allNeedsOnePhraseOfEveryGroup() {
        assertEquals(List.of("both"), topics("Dry spell ruins the harvest"));
        assertEquals(List.of(), topics("Drought declared"));
    }

    @Test
    void nonePhraseRulesTheTopicOut() {
        assertEquals(List.of("vetoed"), topics("Workers strike at the port"));
        assertEquals(List.of(), topics("A lucky strike for the striker"));
    }

    @Test
    void nearNeedsBothWithinTheDistanceAndKeepsCaseOfAcronyms() {
        assertEquals(List.of("close"), topics("US sends more troops"));
        assertEquals(List.of(), topics("US officials said that in the end no troops"));
        assertEquals(List.of(), topics("Let us thank the troops"));
    }

    @Test
    void ignoredPhrasesDoNotCount() {
        assertEquals(List.of("masked"), topics("Trade talks resume"));
        assertEquals(List.of(), topics("The trade-off of caching"));
        assertEquals(List.of(), topics("Shares rise in early trading"));
        assertEquals(List.of("masked"), topics("Its largest trading partners"));
    }

    @Test
    void aTopicCanRequireOrExcludeRegions() {
        assertEquals(List.of(), topics("Aid convoy attacked"));
        assertTrue(topics("Aid convoy attacked in Mali").contains("west-africa-only"));
        assertFalse(topics("Embassy opens in Washington, United States").contains("abroad"));
        assertTrue(topics("US embassy in Niger closes").contains("abroad"));
    }

    @Test
    void caseSensitiveRulesNeedTheCapital() {
        assertEquals(List.of("proper"), topics("Wagner fighters leave"));
        assertEquals(List.of(), topics("A wagner is a cart"));
    }

    @Test
    void evidenceNamesTheWordsAsWrittenAndWhere() {
        var tag = tagger.tag(article("Sanctions widen", null, "More sanctions. Sanctions again.")).tags().get(0);
        assertEquals(List.of(new Evidence("Sanctions", 1, Evidence.Where.TITLE),
                new Evidence("sanctions", 2, Evidence.Where.BODY)), tag.evidence());
    }
}
