package dev.newsriver.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import dev.newsriver.clean.Cleaner;
import dev.newsriver.tagging.Tagger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walking skeleton's promises for the five seeds, through the real cleaner and tagger: titles, dates,
 * tags with evidence, and no tag that only page furniture could have produced.
 */
class SeedExpectationsTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final Tagger TAGGER = Tagger.load(Path.of("feeds/tags.yml"));
    private static final List<String> EVERY_SEED_REGION = List.of("niger", "sahel", "west-africa", "africa");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_26f162bfad6ad746.txt", "Niger determined to expel US forces, diplomat says - Exclusive",
                        Instant.parse("2024-04-24T00:29:00Z"), List.of("israel", "palestine", "lebanon", "nigeria")),
                Arguments.of("001_176ac0e521890d7a.txt", "On Niger's orders, US initiates withdrawal, albeit 'slow'",
                        Instant.parse("2024-06-09T10:48:00Z"), List.of("israel", "palestine", "lebanon", "ukraine", "nigeria")),
                Arguments.of("002_ec64040a41daa139.txt", "US orders all combat troops to withdraw from Niger",
                        null, List.of("nigeria")),
                Arguments.of("003_1b701daddded4476.txt", "The United States agrees to withdraw its forces from Niger",
                        null, List.of("nigeria")),
                Arguments.of("004_06bd735c41bad691.txt",
                        "The military junta in Niger ends cooperation with the United States and soldiers are forced to leave",
                        null, List.of("ukraine", "sweden", "turkey", "nigeria")));
    }

    private static Article process(String file) {
        return TAGGER.tag(CLEANER.clean(Seeds.read(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachSeedIsCleanedAndTaggedAsPromised(String file, String title, Instant published, List<String> forbidden) {
        Article a = process(file);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.published()).isEqualTo(published);
        assertThat(a.regions()).containsAll(EVERY_SEED_REGION);
        assertThat(a.topics()).contains("us-troops");
        assertThat(a.regions()).doesNotContainAnyElementsOf(forbidden);
        assertThat(a.text()).doesNotContain("Most Read", "Read Next", "Related News", "BREAKING", "All Rights Reserved");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyTagCarriesItsEvidence(String file, String title, Instant published, List<String> forbidden) {
        Article a = process(file);
        Tag niger = a.tags().stream().filter(t -> t.id().equals("niger")).findFirst().orElseThrow();
        assertThat(niger.kind()).isEqualTo(Tag.Kind.COUNTRY);
        assertThat(niger.code()).isEqualTo("NER");
        assertThat(niger.evidence()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Niger");
            assertThat(e.where()).isEqualTo(Evidence.Where.TITLE);
        });
        assertThat(niger.evidence()).anySatisfy(e -> {
            assertThat(e.where()).isEqualTo(Evidence.Where.BODY);
            assertThat(e.count()).isPositive();
        });
        for (Tag t : a.tags()) {
            assertThat(t.evidence()).as("evidence of %s", t.id()).isNotEmpty();
            assertThat(t.score()).as("score of %s", t.id()).isBetween(0.0, 1.0);
        }
    }
}
