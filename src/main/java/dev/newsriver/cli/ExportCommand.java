package dev.newsriver.cli;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import dev.newsriver.clean.Cleaner;
import dev.newsriver.dedupe.DedupeSettings;
import dev.newsriver.dedupe.Deduplicator;
import dev.newsriver.pipeline.Pipeline;
import dev.newsriver.publish.FeedFormat;
import dev.newsriver.publish.FeedInfo;
import dev.newsriver.publish.FeedWriter;
import dev.newsriver.source.FetchSettings;
import dev.newsriver.source.Sources;
import dev.newsriver.store.DatabaseConfig;
import dev.newsriver.store.DatabaseUrls;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.ItemStore;
import dev.newsriver.tagging.Tagger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * {@code export --out DIR}: runs every source once through the pipeline and writes the feeds (all, per
 * region, per topic) in the three formats as files, for hosting without a server. Options:
 * {@code --sources FILE}, {@code --tags FILE}, {@code --data-dir DIR} (default: a fresh temporary one),
 * {@code --base-url URL} (where the files will be served, for the feeds' self links), {@code --limit N},
 * {@code --allow-private-networks} (fetch from loopback and private addresses too, as the server's
 * {@code newsriver.fetch.allow-private-networks=true} does; refused otherwise).
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        try {
            int files = export(o);
            out.println("export: wrote " + files + " feed files to " + o.out());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
    }

    private static int export(Options o) throws IOException {
        Path dataDir = o.dataDir() != null ? o.dataDir() : Files.createTempDirectory("newsriver-export");
        DatabaseUrls urls = DatabaseUrls.of("", dataDir);
        var pool = new DatabaseConfig().connectionFactory(urls);
        Scheduler db = DatabaseConfig.newScheduler("export-db", 4);
        try {
            ItemStore store = new ItemStore(DatabaseClient.create(pool), pool, db, urls);
            Tagger tagger = Tagger.load(o.tags());
            Pipeline pipeline = new Pipeline(new Cleaner(), tagger, new Deduplicator(DedupeSettings.defaults(100_000)),
                    store, Schedulers.parallel(), 4, Clock.systemUTC(), new SimpleMeterRegistry());
            Sources sources = Sources.load(o.sources(),
                    FetchSettings.defaults().withAllowPrivateNetworks(o.allowPrivateNetworks()));
            pipeline.warmUp(100_000).thenMany(pipeline.process(sources.once())).blockLast();
            return writeAll(store, tagger, o);
        } finally {
            pool.dispose();
            db.dispose();
        }
    }

    private static int writeAll(ItemStore store, Tagger tagger, Options o) throws IOException {
        FeedWriter writer = new FeedWriter();
        Map<String, String> labels = new TreeMap<>();
        tagger.definitions().forEach(d -> labels.put(d.id(), d.label()));
        List<Article> all = store.newest(ItemQuery.ALL, null, o.limit()).collectList().block();
        int files = write(writer, o, "", FeedInfo.river(o.baseUrl(), null), all);
        Map<String, Tag.Kind> used = new TreeMap<>();
        all.forEach(a -> a.tags().forEach(t -> used.put(t.id(), t.kind())));
        for (var e : used.entrySet()) {
            boolean region = e.getValue().isRegion();
            ItemQuery q = region ? new ItemQuery(e.getKey(), null, null, null, false)
                    : new ItemQuery(null, e.getKey(), null, null, false);
            String dir = (region ? "regions/" : "topics/") + e.getKey() + "/";
            String label = labels.getOrDefault(e.getKey(), e.getKey());
            List<Article> items = store.newest(q, null, o.limit()).collectList().block();
            files += write(writer, o, dir, FeedInfo.tag(region, label, o.baseUrl(), null), items);
        }
        return files;
    }

    private static int write(FeedWriter writer, Options o, String dir, FeedInfo info, List<Article> items)
            throws IOException {
        Path folder = Files.createDirectories(o.out().resolve(dir));
        for (FeedFormat f : FeedFormat.values()) {
            Files.write(folder.resolve(f.fileName()), writer.write(f, info.withSelf(o.baseUrl() + dir + f.fileName()), items));
        }
        return FeedFormat.values().length;
    }

    /** The command's options. */
    record Options(Path out, Path sources, Path tags, Path dataDir, String baseUrl, int limit,
                   boolean allowPrivateNetworks) {
        static Options parse(List<String> args) {
            Path out = null;
            Path sources = Path.of("feeds/sources.yml");
            Path tags = Path.of("feeds/tags.yml");
            Path dataDir = null;
            String baseUrl = "http://localhost:8080/";
            int limit = 100;
            boolean allowPrivate = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--allow-private-networks")) {
                    allowPrivate = true;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args.get(++i);
                switch (a) {
                    case "--out" -> out = Path.of(v);
                    case "--sources" -> sources = Path.of(v);
                    case "--tags" -> tags = Path.of(v);
                    case "--data-dir" -> dataDir = Path.of(v);
                    case "--base-url" -> baseUrl = v.endsWith("/") ? v : v + "/";
                    case "--limit" -> limit = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("usage: export --out DIR [--base-url URL] [--sources FILE] "
                        + "[--tags FILE] [--data-dir DIR] [--limit N] [--allow-private-networks]");
            }
            return new Options(out, sources, tags, dataDir, baseUrl, limit, allowPrivate);
        }
    }
}
