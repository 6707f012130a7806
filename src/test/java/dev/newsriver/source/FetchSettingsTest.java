package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits that would leave a fetch waiting for good are refused, naming the setting. */
class FetchSettingsTest {
    @Test
    void aZeroConnectOrReadTimeoutIsRefused() {
        assertThatThrownBy(() -> new FetchSettings(false, Duration.ZERO, Duration.ofSeconds(30), 1024, 5, 2,
                Duration.ofMinutes(15), null)).hasMessageContaining("newsriver.fetch.connect-timeout");
        assertThatThrownBy(() -> new FetchSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(-1), 1024, 5, 2,
                Duration.ofMinutes(15), null)).hasMessageContaining("read-timeout");
    }
}
