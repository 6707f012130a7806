package dev.newsriver.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class IdsTest {
    /** The "abc" and empty-message vectors of FIPS 180-2 for SHA-256. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void theDigestKeptForAThreadStartsAfreshOnEveryCallAndOnEveryThread() throws Exception {
        assertThat(Ids.sha256("abc")).isEqualTo(ABC);
        assertThat(Ids.sha256("abc")).isEqualTo(ABC);
        assertThat(Ids.sha256("")).isEqualTo(EMPTY);
        assertThat(CompletableFuture.supplyAsync(() -> Ids.sha256("abc")).get()).isEqualTo(ABC);
    }
}
