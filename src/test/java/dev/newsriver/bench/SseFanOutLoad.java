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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * SSE fan-out load: opens N {@code /stream} connections to a running server that shares a PostgreSQL
 * database with this process, commits a burst of items straight into the store, and measures for every
 * client and item the time from the commit to the item's arrival, plus lost and duplicated events and the
 * server's resident memory.
 *
 * <p>usage: {@code SseFanOutLoad BASE_URL DB_URL CLIENTS ITEMS SERVER_PID [COMMIT]}: {@code COMMIT} is
 * {@code batch} (the default: transactions of up to 64 items, as the pipeline commits) or {@code single}
 * (one transaction per item, the harder case for fan-out: every item is a delivery of its own). The
 * system property {@code rounds} sets the number of warm-up bursts (default 5).
 *
 * <p>Every client stays connected until every client has the whole burst, as the streams of a river do;
 * clients that hung up one by one as they finished would have the server tear thousands of connections
 * down while it still delivers to the others.
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

        long[][] arrival = new long[clients][items];
        // warm-up bursts first, delivered to every client and not measured: the measured burst then runs
        // through compiled code, as it would on a server that has been up for a while; the warm-up bursts have
        // the measured burst's size, so that the code compiled for them is the code the measured burst runs
        int rounds = Integer.getInteger("rounds", Math.max(5, 50 / items));
        int warmup = rounds * items;
        long measuredAfter = head + warmup;
        AtomicLong warmedUp = new AtomicLong();
        AtomicLongArray received = new AtomicLongArray(clients);
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger connected = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);

        URI uri = URI.create(base);
        RawSseClients sse = new RawSseClients(new InetSocketAddress(uri.getHost(), uri.getPort()), "/stream",
                Long.toString(head), clients, 2, new RawSseClients.Listener() {
                    @Override
                    public void connected(int client) {
                        connected.incrementAndGet();
                    }

                    @Override
                    public boolean event(int client, long id, long ingestedMillis) {
                        if (id <= measuredAfter) {
                            warmedUp.incrementAndGet();
                            return false;
                        }
                        int index = (int) (id - measuredAfter - 1);
                        if (index < items) {
                            if (arrival[client][index] != 0) {
                                duplicates.incrementAndGet();
                            }
                            arrival[client][index] = System.nanoTime();
                            if (received.incrementAndGet(client) == items) {
                                done.countDown();
                            }
                        }
                        // every client stays connected until all have the burst: a client that hung up as soon
                        // as it had its share would make the server tear connections down while it still
                        // delivers to the others, work that a river of long-lived streams does not do
                        return false;
                    }

                    @Override
                    public void closed(int client) {
                    }
                });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (connected.get() < clients && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        System.out.printf("connected %d of %d clients%n", connected.get(), clients);
        Thread.sleep(2000); // let the server finish setting up every stream before the burst
        long rssAtIdle = rssKib(serverPid);

        long[] warmupNanos = new long[warmup];
        for (int round = 1; round <= rounds; round++) {
            long after = head + (long) (round - 1) * warmup / rounds;
            commit(store, warmup / rounds, perCommit, after, warmupNanos);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (warmedUp.get() < (long) clients * warmup / rounds * round && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        System.out.printf("warm-up: %d of %d deliveries%n", warmedUp.get(), (long) clients * warmup);

        long[] commitNanos = new long[items];
        long burstStart = System.nanoTime();
        commit(store, items, perCommit, measuredAfter, commitNanos);
        done.await(120, TimeUnit.SECONDS);
        // monotonic clock, the one `perf record -k CLOCK_MONOTONIC` stamps samples with: profile just the burst
        System.out.printf("burst window (monotonic s): %.6f,%.6f%n", burstStart / 1e9, System.nanoTime() / 1e9);
        long rssAfter = rssKib(serverPid);

        long[] latencies = new long[clients * items];
        int n = 0;
        int lost = 0;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < items; i++) {
                if (arrival[c][i] == 0) {
                    lost++;
                } else {
                    latencies[n++] = arrival[c][i] - commitNanos[i];
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("clients=%d items=%d items-per-commit=%d deliveries=%d lost=%d duplicated=%d%n", clients, items, perCommit, n, lost,
                duplicates.get());
        if (n > 0) {
            System.out.printf("commit-to-delivery ms: min=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", sorted[0] / 1e6, ms(sorted, 0.50),
                    ms(sorted, 0.90), ms(sorted, 0.99), sorted[n - 1] / 1e6);
        }
        System.out.printf("server RSS: %d MiB with clients idle, %d MiB after the burst%n", rssAtIdle / 1024,
                rssAfter / 1024);
        sse.close();
        store.close();
        pool.dispose();
        System.exit(lost == 0 && duplicates.get() == 0 ? 0 : 1);
    }

    /** Commits {@code count} items in transactions of {@code perCommit}, noting each one's commit time. */
    private static void commit(ItemStore store, int count, int perCommit, long base, long[] commitNanos) {
        Flux.range(0, count).map(SseFanOutLoad::item).buffer(perCommit)
                .concatMap(batch -> store.saveAllIfNew(batch, a -> a, a -> a).collectList().doOnNext(stored -> {
                    long committed = System.nanoTime();
                    stored.forEach(a -> commitNanos[(int) (a.id() - base - 1)] = committed);
                })).blockLast();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
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
