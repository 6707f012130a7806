package dev.newsriver.cli;

import dev.newsriver.article.Article;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import dev.newsriver.clean.Cleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code newsriver extract [--base-url URL] FILE…}: cleans each file and prints one JSON object per
 * file per line, {@code {"file","title","byline","published","siteName","text"}}. {@code .html} and
 * {@code .htm} files are read as HTML pages, {@code .txt} files as plain-text page dumps. Files of one
 * folder count as one source, so their shared template is learned as the run goes. A file that
 * cannot be read or cleaned is reported on {@code err} and the others go on. Does not start Spring.
 * Not thread-safe; one call is one run.
 */
public final class ExtractCommand {

    /** Larger files are refused: no article page is this big. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String USAGE = "usage: newsriver extract [--base-url URL] FILE...";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractCommand() {
    }

    /** Runs the command; returns 0 when every file was extracted, 1 when some failed, 2 on bad usage. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        if (options.problem() != null) {
            err.println(options.problem());
            return 2;
        }
        Cleaner cleaner = new Cleaner();
        int failed = 0;
        for (Path file : options.files()) {
            try {
                out.println(JSON.writeValueAsString(row(file, cleaner.clean(read(file, options.baseUrl())))));
            } catch (IOException | IllegalArgumentException e) {
                err.println("extract: " + file + ": " + problem(e));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** The command line: files, an optional base URL, or what is wrong with it. */
    private record Options(List<Path> files, String baseUrl, String problem) {
        static Options parse(List<String> args) {
            String baseUrl = null;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--base-url") && i + 1 < args.size()) {
                    baseUrl = args.get(++i);
                } else if (arg.startsWith("--base-url=")) {
                    baseUrl = arg.substring("--base-url=".length());
                } else if (arg.startsWith("-")) {
                    return new Options(files, baseUrl, "extract: unknown option " + arg + "\n" + USAGE);
                } else {
                    files.add(Path.of(arg));
                }
            }
            return new Options(files, baseUrl, files.isEmpty() ? USAGE : null);
        }
    }

    /**
     * What went wrong with a file, in words: the JDK's file exceptions carry only the path as their message,
     * which the caller already prints.
     */
    static String problem(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }

    static RawDocument read(Path file, String baseUrl) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a file");
        }
        RawDocument.Format format = format(file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("file of " + size + " bytes is larger than the limit of " + MAX_BYTES);
        }
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Path folder = file.toAbsolutePath().getParent();
        String sourceId = folder == null || folder.getFileName() == null ? "cli" : folder.getFileName().toString();
        return new RawDocument(new SourceRef(sourceId, sourceId), file.toUri().toString(), format, content, null,
                baseUrl, null, null, null, null);
    }

    private static RawDocument.Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return RawDocument.Format.HTML;
        }
        if (name.endsWith(".txt")) {
            return RawDocument.Format.TEXT;
        }
        throw new IllegalArgumentException("unknown file type (expected .html, .htm or .txt)");
    }

    /**
     * The extract fields of one file: file, title, byline, published, siteName, text, and html (the
     * article as sanitized HTML, its links and images made absolute against {@code --base-url}).
     */
    static Map<String, Object> row(Path file, Article a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file.toString());
        row.put("title", a.title());
        row.put("byline", a.author());
        row.put("published", a.published() == null ? null : a.published().toString());
        row.put("siteName", a.siteName());
        row.put("text", a.text());
        row.put("html", a.html());
        return row;
    }
}
