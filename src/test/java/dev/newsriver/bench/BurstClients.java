package dev.newsriver.bench;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The clients of an SSE fan-out load test ({@link SseFanOutLoad}, {@link BareFanOutLoad}) and what they
 * receive: events up to {@code measuredAfter} count as warm-up, the next {@code items} as the measured
 * burst, whose arrival at each client is timed. Every client stays connected until every client has the
 * whole burst: a client that hung up as soon as it had its share would make the server tear connections
 * down while it still delivers to the others, work that a river of long-lived streams does not do.
 */
final class BurstClients implements AutoCloseable {
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final int clients;
    private final int items;
    private final long[][] arrival;
    private final AtomicLong warmedUp = new AtomicLong();
    private final AtomicLongArray received;
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger connected = new AtomicInteger();
    private final CountDownLatch done;
    private final RawSseClients sse;

    BurstClients(InetSocketAddress server, String lastEventId, int clients, int items, long measuredAfter) {
        this.clients = clients;
        this.items = items;
        this.arrival = new long[clients][items];
        this.received = new AtomicLongArray(clients);
        this.done = new CountDownLatch(clients);
        this.sse = new RawSseClients(server, "/stream", lastEventId, clients, 2, new RawSseClients.Listener() {
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
                return false;
            }

            @Override
            public void closed(int client) {
            }
        });
    }

    /** Waits (up to two minutes) for every client to connect, then prints how many did. */
    void awaitConnected() {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (connected.get() < clients && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        System.out.printf("connected %d of %d clients%n", connected.get(), clients);
    }

    /** Waits (up to two minutes) for {@code deliveries} warm-up events to have arrived in all. */
    void awaitWarmedUp(long deliveries) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (warmedUp.get() < deliveries && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    long warmedUp() {
        return warmedUp.get();
    }

    /** Waits (up to two minutes) for every client to have the whole measured burst. */
    void awaitBurst() throws InterruptedException {
        done.await(120, TimeUnit.SECONDS);
    }

    /**
     * Prints {@code counts} with the deliveries, lost and repeated events, then the latency from each
     * item's {@code startNanos} to its arrival at every client under {@code label}; returns whether no
     * event was lost or repeated.
     */
    boolean report(String counts, String label, long[] startNanos) {
        long[] latencies = new long[clients * items];
        int n = 0;
        int lost = 0;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < items; i++) {
                if (arrival[c][i] == 0) {
                    lost++;
                } else {
                    latencies[n++] = arrival[c][i] - startNanos[i];
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("%sdeliveries=%d lost=%d duplicated=%d%n", counts, n, lost, duplicates.get());
        if (n > 0) {
            System.out.printf("%s ms: min=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", label, sorted[0] / 1e6,
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[n - 1] / 1e6);
        }
        return lost == 0 && duplicates.get() == 0;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        sse.close();
    }
}
