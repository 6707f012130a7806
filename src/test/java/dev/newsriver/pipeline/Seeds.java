package dev.newsriver.pipeline;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed documents of the project's {@code seeds/} folder, as the folder source reads them. */
final class Seeds {
    static final SourceRef SOURCE = new SourceRef("seeds", "Seed documents");
    static final Path DIR = Path.of("seeds");

    private Seeds() {
    }

    static RawDocument read(String fileName) {
        Path file = DIR.resolve(fileName);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new RawDocument(SOURCE, file.toAbsolutePath().toUri().toString(), RawDocument.Format.TEXT, text,
                    fileName, null, null, null, null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RawDocument> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
