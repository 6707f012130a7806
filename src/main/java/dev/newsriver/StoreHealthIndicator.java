package dev.newsriver;

import dev.newsriver.store.ItemStore;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code /actuator/health}'s view of the store: up when a query answers within {@link #TIMEOUT}. It replaces
 * the framework's R2DBC check, which validates a connection on the calling thread: a Netty event loop,
 * where H2's blocking driver must never run (the store's own queries run on its database scheduler).
 */
@Component("store")
class StoreHealthIndicator implements ReactiveHealthIndicator {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final ItemStore store;

    StoreHealthIndicator(ItemStore store) {
        this.store = store;
    }

    @Override
    public Mono<Health> health() {
        return store.maxId().timeout(TIMEOUT)
                .map(max -> Health.up().build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("reason", e.getClass().getSimpleName()).build()));
    }
}
