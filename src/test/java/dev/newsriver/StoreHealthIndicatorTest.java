package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.store.StoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** The store's health: up while it answers, down (not hanging) once it cannot. */
class StoreHealthIndicatorTest {
    @Test
    void upWhileTheStoreAnswersAndDownOnceItsPoolIsClosed(@TempDir Path dir) {
        StoreFixture db = StoreFixture.h2(dir);
        StoreHealthIndicator health = new StoreHealthIndicator(db.store());
        assertThat(health.health().block(Duration.ofSeconds(10)).getStatus()).isEqualTo(Status.UP);
        db.close();
        assertThat(health.health().block(StoreHealthIndicator.TIMEOUT.plusSeconds(5)).getStatus()).isEqualTo(Status.DOWN);
    }
}
