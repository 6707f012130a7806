package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CacheHeadersTest {

    private static HttpHeaders headers(String... pairs) {
        HttpHeaders h = new HttpHeaders();
        for (int i = 0; i < pairs.length; i += 2) {
            h.add(pairs[i], pairs[i + 1]);
        }
        return h;
    }

    @Test
    void maxAgeWinsOverExpires() {
        assertThat(CacheHeaders.freshFor(headers("Cache-Control", "max-age=600, must-revalidate",
                "Expires", "Mon, 01 Jan 2024 02:00:00 GMT", "Date", "Mon, 01 Jan 2024 00:00:00 GMT")))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void expiresCountsFromTheServersDate() {
        assertThat(CacheHeaders.freshFor(headers("Expires", "Mon, 01 Jan 2024 02:00:00 GMT",
                "Date", "Mon, 01 Jan 2024 00:00:00 GMT"))).isEqualTo(Duration.ofHours(2));
        assertThat(CacheHeaders.freshFor(headers("Expires", "0"))).isNull();
        assertThat(CacheHeaders.freshFor(headers())).isNull();
    }

    @Test
    void retryAfterTakesSecondsOrADate() {
        assertThat(CacheHeaders.retryAfter(headers("Retry-After", "3600"))).isEqualTo(Duration.ofHours(1));
        assertThat(CacheHeaders.retryAfter(headers("Retry-After", "Mon, 01 Jan 2024 00:00:00 GMT"))).isEqualTo(Duration.ZERO);
        assertThat(CacheHeaders.retryAfter(headers("Retry-After", "soon"))).isNull();
    }
}
