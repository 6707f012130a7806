package dev.newsriver.tagging;

import static dev.newsriver.tagging.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, reloading and listing the rules of a tags.yml. */
class TaggerReloadTest {
    private static final String RULES = "threshold: 0.5\ntopics:\n  %s:\n    label: %s\n    any: [%s]\n";
    private static final Article STORY = article("Drought hits farms", null, "The drought worsened.");

    @TempDir
    Path dir;

    private Path write(String yaml, int secondsLater) throws IOException {
        Path file = dir.resolve("tags.yml");
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
        return file;
    }

    @Test
    void aChangedFileIsReloadedAndAppliesToNewItems() throws IOException {
        Path file = write(RULES.formatted("climate", "Climate", "drought"), 0);
        Tagger tagger = Tagger.load(file);
        assertTrue(tagger.tag(STORY).topics().contains("climate"));
        assertFalse(tagger.reloadIfChanged());
        write(RULES.formatted("farming", "Farming", "farm"), 10);
        assertTrue(tagger.reloadIfChanged());
        assertEquals(java.util.List.of("farming"), tagger.tag(STORY).topics());
    }

    @Test
    void aBrokenChangeIsRefusedAndTheLastGoodRulesStay() throws IOException {
        Path file = write(RULES.formatted("climate", "Climate", "drought"), 0);
        Tagger tagger = Tagger.load(file);
        write("threshold: 0.5\ntopics:\n  climate:\n    any: [drought]\n    near: {a: [x]}\n", 10);
        assertFalse(tagger.reloadIfChanged());
        assertTrue(tagger.tag(STORY).topics().contains("climate"));
    }

    @Test
    void loadingABrokenFileFailsWithFileAndLine() throws IOException {
        Path file = write("threshold: 0.5\ngroupings:\n  g:\n    countries: [Narnia]\n", 0);
        TagRulesException e = assertThrows(TagRulesException.class, () -> Tagger.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals(4, e.line());
    }

    @Test
    void definitionsListEveryCountryRegionAndTopic() throws IOException {
        Tagger tagger = Tagger.load(ArticleFixtures.TAGS);
        var defs = tagger.definitions();
        assertTrue(defs.contains(new TagDefinition("niger", Tag.Kind.COUNTRY, "NER", "Niger")));
        assertTrue(defs.contains(new TagDefinition("sahel", Tag.Kind.REGION, null, "Sahel")));
        assertTrue(defs.contains(new TagDefinition("west-africa", Tag.Kind.REGION, null, "Western Africa")));
        assertTrue(defs.contains(new TagDefinition("us-troops", Tag.Kind.TOPIC, null, "US Troops")));
        assertEquals(250, defs.stream().filter(d -> d.kind() == Tag.Kind.COUNTRY).count());
    }
}
