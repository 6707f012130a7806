package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading tags.yml: the shipped file is valid, and each kind of mistake names its line and reason. */
class TagRulesReaderTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static TagRulesException failure(String yaml) {
        return assertThrows(TagRulesException.class,
                () -> TagRulesReader.read("feeds/tags.yml", new StringReader(yaml), GAZETTEER));
    }

    @Test
    void theShippedRulesAreValidAndHaveTheNamedGroupings() {
        TagRules rules = TagRulesReader.read(ArticleFixtures.TAGS, GAZETTEER);
        assertTrue(rules.threshold() > 0 && rules.threshold() < 1);
        assertTrue(rules.topics().size() >= 12, () -> rules.topics().size() + " topics");
        var ids = rules.groupings().stream().map(TagRules.Grouping::id).toList();
        assertTrue(ids.containsAll(java.util.List.of("sahel", "maghreb", "horn-of-africa", "great-lakes", "mena",
                "gulf", "levant", "balkans", "caucasus", "central-asia", "european-union")), ids::toString);
        var sahel = rules.groupings().get(ids.indexOf("sahel")).countries();
        assertEquals(10, sahel.size());
        assertTrue(rules.topics().stream().anyMatch(t -> t.id().equals("us-troops")));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "threshold: 0.5\\ntopics:\\n  t:\\n    nothing: [a]\\n | 4 | unknown key 'nothing'",
        "threshold: 0.5\\ngroupings:\\n  g:\\n    countries: [NER, XYZ]\\n | 4 | unknown country 'XYZ'",
        "threshold: 0.5\\ngazetteer:\\n  towns-in:\\n    atlantis: [Ohio]\\n | 4 | unknown country 'atlantis'",
        "threshold: 0.5\\ngazetteer:\\n  towns-in:\\n    USA: [Ohio, --]\\n | 4 | has no word",
        "threshold: 0.5\\ntopics:\\n  t:\\n    near:\\n      - {a: [x], b: [y], within: 500}\\n | 5 | within must be between",
        "threshold: 0.5\\ntopics:\\n  t:\\n    any: [x, =]\\n | 4 | the phrase '=' has no words",
        "threshold: 0.5\\ntopics:\\n  t:\\n    label: T\\n | 3 | needs at least one of 'any', 'all' or 'near'",
        "threshold: 0.5\\ntopics:\\n  t:\\n    any: [x]\\n    regions: {any: [atlantis]}\\n | 5 | unknown region 'atlantis'",
        "threshold: 2\\n | 1 | threshold must be between",
        "threshold: 0.5\\nscoring:\\n  length-power: {topics: 3}\\n | 3 | scoring.length-power.topics must be between",
        "threshold: 0.5\\nscoring:\\n  length-power: {people: 1}\\n | 3 | unknown key 'people'",
        "topics: {}\\n | 1 | missing 'threshold'",
        "threshold: 0.5\\ntopics:\\n  t:\\n    any: [x\\n | 5 | not valid YAML",
        "threshold: 0.5\\ntopics:\\n  Bad Id:\\n    any: [x]\\n | 3 | lower-case slug",
        "threshold: 0.5\\ntopics:\\n  t:\\n    any: [x]\\n  t:\\n    any: [y]\\n | 5 | duplicate key 't'"})
    void aMistakeIsReportedWithFileLineAndReason(String yaml, int line, String reason) {
        TagRulesException e = failure(yaml.replace("\\n", "\n"));
        assertEquals("feeds/tags.yml", e.file());
        assertEquals(line, e.line(), e::getMessage);
        assertTrue(e.reason().contains(reason), e::getMessage);
        assertTrue(e.getMessage().startsWith("feeds/tags.yml:" + line + ": "), e::getMessage);
    }
}
