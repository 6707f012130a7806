package dev.newsriver.bench;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.SourceRef;
import dev.newsriver.store.DatabaseConfig;
import dev.newsriver.store.DatabaseUrls;
import dev.newsriver.store.ItemStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * SSE fan-out load: opens N {@code /stream} connections to a running server that shares a PostgreSQL
 * database with this process, commits a burst of items straight into the store, and measures for every
 * client and item the time from the commit to the item's arrival, plus lost and duplicated events and the
 * server's resident memory.
 *
 * <p>usage: {@code SseFanOutLoad BASE_URL DB_URL CLIENTS ITEMS SERVER_PID [COMMIT]}: {@code COMMIT} is
 * {@code batch} (the default: transactions of up to 64 items, as the pipeline commits) or {@code single}
 * (one transaction per item, the harder case for fan-out: every item is a delivery of its own). The
 * system property {@code rounds} sets the number of warm-up bursts (default 5). The clients are
 * {@link BurstClients}: they stay connected until every one has the whole burst.
 */
public final class SseFanOutLoad {
    private SseFanOutLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        DatabaseUrls urls = DatabaseUrls.of(args[1], Path.of("."));
        int clients = Integer.parseInt(args[2]);
        int items = Integer.parseInt(args[3]);
        String serverPid = args[4];
        int perCommit = args.length > 5 && args[5].equals("single") ? 1 : 64;

        var pool = new DatabaseConfig().connectionFactory(urls);
        ItemStore store = new ItemStore(DatabaseClient.create(pool), pool, DatabaseConfig.newScheduler("load-db", 4), urls);
        long head = store.maxId().block();

        // warm-up bursts first, delivered to every client and not measured: the measured burst then runs
        // through compiled code, as it would on a server that has been up for a while; the warm-up bursts have
        // the measured burst's size, so that the code compiled for them is the code the measured burst runs
        int rounds = Integer.getInteger("rounds", Math.max(5, 50 / items));
        int warmup = rounds * items;
        long measuredAfter = head + warmup;
        URI uri = URI.create(base);
        BurstClients sse = new BurstClients(new InetSocketAddress(uri.getHost(), uri.getPort()), Long.toString(head),
                clients, items, measuredAfter);
        sse.awaitConnected();
        Thread.sleep(2000); // let the server finish setting up every stream before the burst
        long rssAtIdle = rssKib(serverPid);

        long[] warmupNanos = new long[warmup];
        for (int round = 1; round <= rounds; round++) {
            long after = head + (long) (round - 1) * warmup / rounds;
            commit(store, warmup / rounds, perCommit, after, warmupNanos);
            sse.awaitWarmedUp((long) clients * warmup / rounds * round);
        }
        System.out.printf("warm-up: %d of %d deliveries%n", sse.warmedUp(), (long) clients * warmup);

        long[] commitNanos = new long[items];
        long burstStart = System.nanoTime();
        commit(store, items, perCommit, measuredAfter, commitNanos);
        sse.awaitBurst();
        // monotonic clock, the one `perf record -k CLOCK_MONOTONIC` stamps samples with: profile just the burst
        System.out.printf("burst window (monotonic s): %.6f,%.6f%n", burstStart / 1e9, System.nanoTime() / 1e9);
        long rssAfter = rssKib(serverPid);

        boolean whole = sse.report(String.format("clients=%d items=%d items-per-commit=%d ", clients, items, perCommit),
                "commit-to-delivery", commitNanos);
        System.out.printf("server RSS: %d MiB with clients idle, %d MiB after the burst%n", rssAtIdle / 1024,
                rssAfter / 1024);
        sse.close();
        store.close();
        pool.dispose();
        System.exit(whole ? 0 : 1);
    }

    /** Commits {@code count} items in transactions of {@code perCommit}, noting each one's commit time. */
    private static void commit(ItemStore store, int count, int perCommit, long base, long[] commitNanos) {
        Flux.range(0, count).map(SseFanOutLoad::item).buffer(perCommit)
                .concatMap(batch -> store.saveAllIfNew(batch, a -> a, a -> a).collectList().doOnNext(stored -> {
                    long committed = System.nanoTime();
                    stored.forEach(a -> commitNanos[(int) (a.id() - base - 1)] = committed);
                })).blockLast();
    }

    /** A load-test item (package-visible: {@link BareSseServer} sends the same events). */
    static Article item(int i) {
        String text = "Load test item " + i + " " + Instant.now();
        return Article.builder().guid("load-" + System.nanoTime() + "-" + i).title("Load item " + i).text(text)
                .html("<p>" + text + "</p>").summary(text).source(new SourceRef("load", "Load test"))
                .ingested(Instant.now()).story("s-load").fingerprint(new Fingerprint("load-" + System.nanoTime() + i, new long[0]))
                .build();
    }

    private static long rssKib(String pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
