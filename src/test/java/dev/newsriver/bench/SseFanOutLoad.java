package dev.newsriver.bench;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.SourceRef;
import dev.newsriver.store.DatabaseConfig;
import dev.newsriver.store.DatabaseUrls;
import dev.newsriver.store.ItemStore;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * SSE fan-out load: opens N {@code /stream} connections to a running server that shares a PostgreSQL
 * database with this process, commits a burst of items straight into the store, and measures for every
 * client and item the time from the commit to the item's arrival, plus lost and duplicated events and the
 * server's resident memory.
 *
 * <p>usage: {@code SseFanOutLoad BASE_URL DB_URL CLIENTS ITEMS SERVER_PID}
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

        var pool = new DatabaseConfig().connectionFactory(urls);
        ItemStore store = new ItemStore(DatabaseClient.create(pool), pool, Schedulers.boundedElastic(), urls);
        long head = store.maxId().block();

        long[][] arrival = new long[clients][items];
        AtomicLongArray received = new AtomicLongArray(clients);
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger connected = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);

        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .runOn(LoopResources.create("load", 2, true)).baseUrl(base)
                .responseTimeout(Duration.ofMinutes(5));
        for (int c = 0; c < clients; c++) {
            int client = c;
            http.headers(h -> h.set("Accept", "text/event-stream").set("Last-Event-ID", Long.toString(head)))
                    .get().uri("/stream")
                    .response((res, body) -> {
                        connected.incrementAndGet();
                        IdScanner ids = new IdScanner();
                        return body.asByteArray().concatMapIterable(ids::scan);
                    })
                    .takeUntil(id -> received.get(client) + 1 >= items)
                    .subscribe(id -> {
                        int index = (int) (id - head - 1);
                        if (index >= 0 && index < items) {
                            if (arrival[client][index] != 0) {
                                duplicates.incrementAndGet();
                            }
                            arrival[client][index] = System.nanoTime();
                            received.incrementAndGet(client);
                        }
                    }, e -> done.countDown(), done::countDown);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (connected.get() < clients && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        System.out.printf("connected %d of %d clients%n", connected.get(), clients);
        Thread.sleep(2000); // let the server finish setting up every stream before the burst
        long rssAtIdle = rssKib(serverPid);

        long[] commitNanos = new long[items];
        Flux.range(0, items).concatMap(i -> store.saveIfNew(item(i)).doOnNext(a -> {
            commitNanos[(int) (a.id() - head - 1)] = System.nanoTime();
        })).blockLast();
        done.await(120, TimeUnit.SECONDS);
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
        System.out.printf("clients=%d items=%d deliveries=%d lost=%d duplicated=%d%n", clients, items, n, lost,
                duplicates.get());
        if (n > 0) {
            System.out.printf("commit-to-delivery ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", ms(sorted, 0.50),
                    ms(sorted, 0.90), ms(sorted, 0.99), sorted[n - 1] / 1e6);
        }
        System.out.printf("server RSS: %d MiB with clients idle, %d MiB after the burst%n", rssAtIdle / 1024,
                rssAfter / 1024);
        store.close();
        pool.dispose();
        System.exit(lost == 0 && duplicates.get() == 0 ? 0 : 1);
    }

    /**
     * Reads the {@code id:} lines of an event stream straight from its bytes, carrying a line cut between
     * two chunks over to the next: the client parses as little as it can, since it shares the machine with
     * the server it measures.
     */
    private static final class IdScanner {
        private static final byte[] PREFIX = "id:".getBytes(StandardCharsets.US_ASCII);
        private int matched; // bytes of "id:" matched at the start of the current line; -1 once it is another line
        private long id;
        private boolean digits;

        List<Long> scan(byte[] chunk) {
            List<Long> out = new ArrayList<>(2);
            for (byte b : chunk) {
                if (b == '\n') {
                    if (matched == PREFIX.length && digits) {
                        out.add(id);
                    }
                    matched = 0;
                    id = 0;
                    digits = false;
                } else if (matched >= 0 && matched < PREFIX.length) {
                    matched = b == PREFIX[matched] ? matched + 1 : -1;
                } else if (matched == PREFIX.length && b >= '0' && b <= '9') {
                    id = id * 10 + (b - '0');
                    digits = true;
                }
            }
            return out;
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static Article item(int i) {
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
