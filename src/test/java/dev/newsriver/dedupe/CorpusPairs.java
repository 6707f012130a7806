package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import dev.newsriver.clean.Cleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The readability test pages, each cleaned twice: from its {@code source.html} and from its
 * {@code source.txt} dump. The two are the same article by different paths; different cases are
 * different articles.
 */
final class CorpusPairs {
    static final Path CORPUS = Path.of("../shared/corpora/readability-test-pages");

    /** One case cleaned both ways (either may be null when the cleaner refused the page). */
    record Case(String id, Article fromHtml, Article fromText) {
    }

    private CorpusPairs() {
    }

    static boolean available() {
        return Files.isDirectory(CORPUS);
    }

    static List<Case> load() throws IOException {
        Cleaner cleaner = new Cleaner();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                cases.add(new Case(id, clean(cleaner, dir.resolve("source.html"), RawDocument.Format.HTML, id),
                        clean(cleaner, dir.resolve("source.txt"), RawDocument.Format.TEXT, id)));
            }
        }
        return cases;
    }

    private static Article clean(Cleaner cleaner, Path file, RawDocument.Format format, String id) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        SourceRef source = new SourceRef(format == RawDocument.Format.HTML ? "html-" + id : "txt-" + id, id);
        try {
            return cleaner.clean(RawDocument.page(source, file.toUri().toString(), format, content))
                    .toBuilder().guid(id).build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
