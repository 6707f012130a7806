package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings that would break the stream are refused at start, naming the property. */
class NewsriverPropertiesTest {
    @Test
    void aStreamWithoutAHeartbeatOrBufferIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new NewsriverProperties.Stream(Duration.ZERO, Duration.ofSeconds(3), 1024, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newsriver.stream.heartbeat");
        assertThatThrownBy(() -> new NewsriverProperties.Stream(Duration.ofSeconds(15), Duration.ofSeconds(-1), 1024, 10))
                .hasMessageContaining("retry");
        assertThatThrownBy(() -> new NewsriverProperties.Stream(Duration.ofSeconds(15), Duration.ofSeconds(3), 0, 10))
                .hasMessageContaining("newsriver.stream.buffer-size");
        // no clients at all switches the stream off, which is allowed
        assertThatNoException().isThrownBy(
                () -> new NewsriverProperties.Stream(Duration.ofSeconds(15), Duration.ofSeconds(3), 1024, 0));
    }
}
