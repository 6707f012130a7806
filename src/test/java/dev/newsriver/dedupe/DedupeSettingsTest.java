package dev.newsriver.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsriver.NewsriverProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The de-duplication thresholds come from the configuration, and a wrong one is refused with its name. */
class DedupeSettingsTest {

    private static NewsriverProperties.Dedupe bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("newsriver", NewsriverProperties.class).dedupe();
    }

    @Test
    void theShippedConfigurationStatesTheDefaults() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml")).get(0);
        NewsriverProperties.Dedupe d = Binder.get(new org.springframework.core.env.StandardEnvironment() {
            {
                getPropertySources().addFirst(yaml);
            }
        }).bindOrCreate("newsriver", NewsriverProperties.class).dedupe();
        DedupeSettings defaults = DedupeSettings.defaults(10);
        assertThat(d.duplicateSimilarity()).isEqualTo(defaults.duplicateThreshold());
        assertThat(d.shortDuplicateSimilarity()).isEqualTo(defaults.shortDuplicate());
        assertThat(d.duplicateContainment()).isEqualTo(defaults.containmentThreshold());
        assertThat(d.openingContainment()).isEqualTo(defaults.openingContainment());
        assertThat(d.sameOpening()).isEqualTo(defaults.sameOpening());
        assertThat(d.storySimilarity()).isEqualTo(defaults.storyThreshold());
        assertThat(d.storyWindow()).isEqualTo(defaults.storyWindow());
        assertThat(d.storyNames()).isEqualTo(defaults.storyNames());
        assertThat(bind(Map.of())).isEqualTo(d);
    }

    @Test
    void aThresholdSetInTheConfigurationIsUsed() {
        NewsriverProperties.Dedupe d = bind(Map.of("newsriver.dedupe.duplicate-similarity", "0.85",
                "newsriver.dedupe.story-window", "2d"));
        DedupeSettings s = DedupeSettings.of(10, d.duplicateSimilarity(), d.shortDuplicateSimilarity(),
                d.duplicateContainment(), d.openingContainment(), d.sameOpening(), d.storySimilarity(),
                d.storyWindow(), d.storyNames());
        assertThat(s.duplicateThreshold()).isEqualTo(0.85);
        assertThat(s.storyWindow()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void inconsistentOrOutOfRangeThresholdsAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> DedupeSettings.of(10, 0.1, 0.8, 0.9, 0.75, 0.5, 0.2, Duration.ofDays(7), 2))
                .hasMessageContaining("story-similarity (0.2) must be at most duplicate-similarity (0.1)");
        assertThatThrownBy(() -> DedupeSettings.of(10, 1.5, 1.5, 0.9, 0.75, 0.5, 0.2, Duration.ofDays(7), 2))
                .hasMessageContaining("newsriver.dedupe: thresholds must be in (0, 1], not 1.5");
        assertThatThrownBy(() -> DedupeSettings.of(10, 0.7, 0.8, 0.8, 0.85, 0.5, 0.2, Duration.ofDays(7), 2))
                .hasMessageContaining("opening-containment (0.85) must be at most duplicate-containment (0.8)");
        assertThatThrownBy(() -> DedupeSettings.of(10, 0.7, 0.8, 0.9, 0.75, 0.5, 0.2, Duration.ZERO, 2))
                .hasMessageContaining("story-window must be positive");
    }

    @Test
    void aShortTextNeedsTheHigherBarAndNoOpeningRule() {
        DedupeSettings s = DedupeSettings.defaults(10);
        // 0.75 alike, 85 % contained, same opening: a duplicate when both texts fill the signature
        assertThat(s.duplicates(0.75, 0.85, 1.0, true, 128)).isTrue();
        assertThat(s.duplicates(0.6, 0.85, 1.0, true, 128)).isTrue();
        // … unless they quote different figures: two reports from one template
        assertThat(s.duplicates(0.6, 0.85, 1.0, false, 128)).isFalse();
        assertThat(s.duplicates(0.75, 0.85, 1.0, false, 128)).isTrue();
        // the same figures from a text of 40 shingles: the estimate is too rough to lean on
        assertThat(s.duplicates(0.75, 0.85, 1.0, true, 40)).isFalse();
        assertThat(s.duplicates(0.6, 0.85, 1.0, true, 40)).isFalse();
        assertThat(s.duplicates(0.8, 0.85, 0.0, true, 40)).isTrue();
        assertThat(s.duplicates(0.3, 0.95, 0.0, true, 40)).isTrue();
    }
}
