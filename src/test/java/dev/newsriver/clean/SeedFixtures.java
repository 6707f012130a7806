package dev.newsriver.clean;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the seed dumps and their golden expectations from {@code src/test/resources/clean/seeds}. */
final class SeedFixtures {

    static final List<String> CASES = List.of("000", "001", "002", "003", "004");
    static final SourceRef SOURCE = new SourceRef("seeds", "Seeds");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedFixtures() {
    }

    static RawDocument raw(String id) {
        return RawDocument.page(SOURCE, "file:seeds/" + id + ".txt", RawDocument.Format.TEXT,
                resource("/clean/seeds/" + id + ".txt"));
    }

    static JsonNode expected(String id) {
        return JSON.readTree(resource("/clean/seeds/" + id + ".expected.json"));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(n -> out.add(n.stringValue()));
        return out;
    }

    static String resource(String path) {
        try (InputStream in = SeedFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
