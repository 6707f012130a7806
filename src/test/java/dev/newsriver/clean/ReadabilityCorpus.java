package dev.newsriver.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Mozilla Readability test pages under {@code ../shared/corpora/readability-test-pages}: each
 * case's page, its plain-text dump, the expected article text and metadata. Immutable.
 */
final class ReadabilityCorpus {

    /** Where the corpus sits relative to the project root (the tests' working directory). */
    static final Path ROOT = Path.of("..", "shared", "corpora", "readability-test-pages");

    /** One test page. */
    record Case(String id, Path dir, String expectedText, JsonNode metadata) {
        String html() {
            return read(dir.resolve("source.html"));
        }

        String text() {
            return read(dir.resolve("source.txt"));
        }
    }

    private ReadabilityCorpus() {
    }

    static boolean present() {
        return Files.isRegularFile(ROOT.resolve("expected-text.json"));
    }

    /** Every case with an expected text, sorted by id. */
    static List<Case> cases() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode expected = json.readTree(read(ROOT.resolve("expected-text.json")));
        Map<String, Case> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            Path dir = ROOT.resolve(e.getKey());
            Path meta = dir.resolve("expected-metadata.json");
            JsonNode metadata = Files.isRegularFile(meta) ? json.readTree(read(meta)) : json.createObjectNode();
            out.put(e.getKey(), new Case(e.getKey(), dir, e.getValue().path("articleBody").asString(""), metadata));
        }
        return new ArrayList<>(out.values());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
