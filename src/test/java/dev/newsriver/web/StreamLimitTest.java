package dev.newsriver.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.NewsriverProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class StreamLimitTest {
    private static NewsriverProperties props(int maxClients) {
        return new NewsriverProperties("", Path.of("data"), Path.of("feeds/sources.yml"), Path.of("feeds/tags.yml"),
                new NewsriverProperties.Fetch(false, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1, 1, Duration.ofMinutes(1)),
                new NewsriverProperties.Stream(Duration.ofSeconds(15), Duration.ofSeconds(3), 16, maxClients),
                new NewsriverProperties.Pipeline(1, 1, java.time.Duration.ofMinutes(1)), new NewsriverProperties.Cors(List.of()),
                new NewsriverProperties.Dedupe(0.7, 0.8, 0.9, 0.75, 0.5, 0.2, Duration.ofDays(7), 2));
    }

    @Test
    void beyondTheLimitAStreamGets503WithRetryAfterAndAClosedOneFreesItsPlace() {
        StreamLimit limit = new StreamLimit(props(1), new SimpleMeterRegistry());
        Sinks.Empty<Void> open = Sinks.empty();
        WebFilterChain holding = exchange -> open.asMono();
        limit.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/stream")), holding).subscribe();
        assertThat(limit.open()).isEqualTo(1);

        MockServerWebExchange second = MockServerWebExchange.from(MockServerHttpRequest.get("/stream"));
        limit.filter(second, exchange -> Mono.empty()).block();
        assertThat(second.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(second.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("6");

        open.tryEmitEmpty();
        assertThat(limit.open()).isZero();
        MockServerWebExchange third = MockServerWebExchange.from(MockServerHttpRequest.get("/stream"));
        limit.filter(third, exchange -> Mono.empty()).block();
        assertThat(third.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void otherPathsAreNotCounted() {
        StreamLimit limit = new StreamLimit(props(0), new SimpleMeterRegistry());
        MockServerWebExchange feed = MockServerWebExchange.from(MockServerHttpRequest.get("/feed.xml"));
        limit.filter(feed, exchange -> Mono.empty()).block();
        assertThat(feed.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
