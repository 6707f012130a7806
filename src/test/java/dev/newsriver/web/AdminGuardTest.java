package dev.newsriver.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class AdminGuardTest {
    private static final String TOKEN = "s3cret-token";

    /** Runs one request through the guard; answers whether it reached the handler, and the status set. */
    private static Outcome run(AdminGuard guard, HttpMethod method, String path, String authorization) {
        var request = MockServerHttpRequest.method(method, path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var exchange = MockServerWebExchange.from(request);
        var reached = new AtomicBoolean();
        guard.filter(exchange, e -> {
            reached.set(true);
            return Mono.empty();
        }).block();
        return new Outcome(reached.get(), (HttpStatus) exchange.getResponse().getStatusCode());
    }

    private record Outcome(boolean reached, HttpStatus status) {}

    @ParameterizedTest
    @ValueSource(strings = {"/api/opml", "/api;x=1/opml", "//api/opml", "/API/opml", "/%61pi/opml",
            "/api/../api/opml", "/anything", "/"})
    void everyStateChangeNeedsTheTokenWhateverThePathLooksLike(String path) {
        var guard = new AdminGuard(TOKEN);
        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                HttpMethod.DELETE, HttpMethod.valueOf("PROPFIND")}) {
            assertThat(run(guard, method, path, null)).as("%s %s without a token", method, path)
                    .isEqualTo(new Outcome(false, HttpStatus.UNAUTHORIZED));
            assertThat(run(guard, method, path, "Bearer wrong")).as("%s %s with a wrong token", method, path)
                    .isEqualTo(new Outcome(false, HttpStatus.UNAUTHORIZED));
            assertThat(run(guard, method, path, "Bearer " + TOKEN).reached()).as("%s %s with the token", method, path)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void readingNeedsNoToken(String method) {
        assertThat(run(new AdminGuard(TOKEN), HttpMethod.valueOf(method), "/api/sources", null).reached()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void withoutAConfiguredTokenStateChangesAreForbiddenEvenWithAnEmptyBearer(String configured) {
        var guard = new AdminGuard(configured);
        assertThat(run(guard, HttpMethod.POST, "/api;x=1/opml", null)).isEqualTo(new Outcome(false, HttpStatus.FORBIDDEN));
        assertThat(run(guard, HttpMethod.POST, "/api/opml", "Bearer ")).isEqualTo(new Outcome(false, HttpStatus.FORBIDDEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer s3cret-toke", "Bearer s3cret-token2", "Basic s3cret-token", "s3cret-token"})
    void aTokenThatIsNotExactlyTheOneIsRefused(String authorization) {
        assertThat(run(new AdminGuard(TOKEN), HttpMethod.POST, "/api/opml", authorization).reached()).isFalse();
    }
}
