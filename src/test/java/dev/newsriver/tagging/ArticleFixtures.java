package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Test data: articles built from hand-cleaned fixture files and from plain strings. */
final class ArticleFixtures {
    static final Path TAGS = Path.of("feeds/tags.yml");
    static final Path SEEDS = Path.of("src/test/resources/tagging/seeds");

    private ArticleFixtures() {
    }

    /**
     * Reads a fixture: lines {@code title: …}, {@code lead: …}, {@code categories: a | b}, then a line
     * {@code ---} and the body, one paragraph a line.
     */
    static Article read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int split = text.indexOf("\n---\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 5).strip();
            return Article.builder().guid(file.getFileName().toString()).origin(file.toUri().toString())
                    .source(new SourceRef("fixtures", "Fixtures"))
                    .title(field(head, "title")).summary(field(head, "lead")).text(body)
                    .categories(categories(field(head, "categories"))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String title, String lead, String body, String... categories) {
        return Article.builder().guid(title).source(new SourceRef("test", "Test")).title(title).summary(lead)
                .text(body).categories(List.of(categories)).build();
    }

    private static String field(String head, String name) {
        for (String line : head.split("\n")) {
            if (line.startsWith(name + ":")) {
                String value = line.substring(name.length() + 1).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static List<String> categories(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }
}
