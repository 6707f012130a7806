package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A folder of documents: {@code .txt} (TEXT), {@code .html}/{@code .htm} (HTML) and feed files
 * ({@code .xml}, {@code .rss}, {@code .atom}, {@code .json}); other files are skipped with a log line.
 * {@link #fetch()} reads every file once; {@link #changes()} watches the folder for new and changed
 * files. A file's {@code guid} is its path relative to the folder, its {@code origin} its absolute
 * {@code file:} URI. An unreadable file is logged and skipped. All file I/O runs on
 * {@code boundedElastic}. Thread-safe.
 */
public final class FileSource implements Source {

    private static final Logger log = LoggerFactory.getLogger(FileSource.class);
    static final int MAX_DEPTH = 8;

    private final SourceRef ref;
    private final Path folder;
    private final FeedParser parser;
    private final long maxBytes;
    private final SourceState state;
    private final FolderWatch watch;
    private final FetchMetrics metrics;

    FileSource(SourceConfig config, Path folder, FeedParser parser, long maxBytes, Duration rescan, SourceState state,
               FetchMetrics metrics) {
        this.metrics = metrics;
        this.ref = config.ref();
        this.folder = folder.toAbsolutePath().normalize();
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.state = state;
        this.watch = new FolderWatch(this, rescan);
    }

    @Override
    public SourceRef ref() {
        return ref;
    }

    /** The watched folder, absolute. */
    /** The live side, for tests. */
    FolderWatch watch() {
        return watch;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Flux<RawDocument> fetch() {
        return Mono.fromCallable(this::listFiles)
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::read);
    }

    /** Never completes: new and changed files as they settle, after an initial pass over all files. */
    public Flux<RawDocument> changes() {
        return fetch().doOnComplete(state::succeeded).concatWith(watch.changes());
    }

    List<Path> listFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": not a readable folder");
        }
        try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** The documents in {@code file} (none when skipped or unreadable, with a log line). */
    Flux<RawDocument> read(Path file) {
        String kind = kind(file);
        if (kind == null) {
            log.info("source {}: skipping {} (not .txt, .html, .htm, .xml, .rss, .atom or .json)", ref.id(), file);
            return Flux.empty();
        }
        return Mono.fromCallable(() -> documents(file, kind))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(docs -> docs)
                .doOnComplete(() -> watch.seen(file))
                .onErrorResume(e -> {
                    log.warn("source {}: cannot read {}: {}", ref.id(), file, e.getMessage());
                    return Flux.empty();
                });
    }

    private List<RawDocument> documents(Path file, String kind) throws IOException {
        byte[] bytes = readAtMost(file);
        if (isBlank(bytes)) {
            throw new IOException("empty");
        }
        if (!kind.equals("feed") && looksBinary(bytes)) {
            throw new IOException("binary content (NUL bytes), not a page or a text");
        }
        String origin = file.toUri().toString();
        List<RawDocument> docs = switch (kind) {
            case "feed" -> parser.parse(bytes, null, origin, ref).entries();
            case "html" -> List.of(document(file, RawDocument.Format.HTML, HtmlCharset.decode(bytes)));
            default -> List.of(document(file, RawDocument.Format.TEXT, Text.decode(bytes)));
        };
        state.counted(docs.size());
        metrics.items(ref.id(), docs.size());
        return docs;
    }

    private RawDocument document(Path file, RawDocument.Format format, String content) {
        String guid = folder.relativize(file).toString().replace('\\', '/');
        return new RawDocument(ref, file.toUri().toString(), format, content, guid, null, null, null, null, List.of());
    }

    private byte[] readAtMost(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(size + " bytes, larger than the limit of " + maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException("larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Text and HTML never hold a NUL byte (UTF-16 files aside, which a page dump is not); binary files do. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "txt" -> "text";
            case "html", "htm" -> "html";
            case "xml", "rss", "atom", "json" -> "feed";
            default -> null;
        };
    }

    /** Plain text: UTF-8 (a BOM is dropped). */
    private static final class Text {
        static String decode(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }

    @Override
    public String toString() {
        return "FileSource[" + ref.id() + " " + folder + "]";
    }
}
