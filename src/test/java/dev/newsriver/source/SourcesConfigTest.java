package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesConfigTest {

    private static final Path DIR = Path.of("src/test/resources/sources/config");

    @Test
    void aGoodFileLoadsEveryEntryWithItsFields() {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(DIR.resolve("good.yml"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).extracting(SourceConfig::id).containsExactly("seeds", "sample-rss", "remote");
        SourceConfig rss = parsed.entries().get(1);
        assertThat(rss.type()).isEqualTo(SourceConfig.Type.FEED);
        assertThat(rss.location()).isEqualTo("file:feeds/samples/sahel.xml");
        assertThat(rss.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rss.tags()).containsExactly("sample", "sahel");
        assertThat(rss.ref().name()).isEqualTo("sample-rss");
        assertThat(parsed.entries().get(0).ref().name()).isEqualTo("Seed documents");
        assertThat(parsed.entries().get(2).interval()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void badEntriesAreSkippedWithFileLineFieldAndReasonWhileTheRestLoad() {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(DIR.resolve("bad-entries.yml"));

        assertThat(parsed.entries()).extracting(SourceConfig::id).containsExactly("good-one", "good-two");
        List<String> problems = parsed.problems();
        assertThat(problems).hasSize(8);
        assertThat(problems.get(0)).contains("bad-entries.yml:3:", "'type'", "unknown type 'podcast'");
        assertThat(problems.get(1)).contains(":4:", "'url'", "missing");
        assertThat(problems.get(2)).contains(":5:", "'path'", "missing");
        assertThat(problems.get(3)).contains(":6:", "'id'", "duplicate id 'good-one' (first on line 2)");
        assertThat(problems.get(4)).contains(":7:", "expected a mapping");
        assertThat(problems.get(5)).contains(":8:", "'interval'", "'often' is not an interval");
        assertThat(problems.get(6)).contains(":9:", "'url'", "must be http, https or file:");
        assertThat(problems.get(7)).contains(":10:", "'url'", "is not a URL");
    }

    @Test
    void aMissingFileGivesNoSourcesAndOneProblem() {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(DIR.resolve("absent.yml"));

        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString().contains("absent.yml", "cannot read");
    }

    @Test
    void anUnparseableFileGivesNoSourcesAndNamesTheFile() {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(DIR.resolve("not-yaml.yml"));

        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString().contains("not-yaml.yml", "not valid YAML");
    }

    @Test
    void theShippedSourcesFileIsValid() {
        SourcesConfig.Parsed parsed = SourcesConfig.parse(Path.of("feeds/sources.yml"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).extracting(SourceConfig::id).containsExactly("seeds", "sample-rss", "sample-atom");
    }
}
