package dev.newsriver.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The client side of the SSE fan-out floor ({@link BareSseServer}): the same clients as {@link SseFanOutLoad}
 * (they stay connected throughout), the same warm-up bursts, then one measured burst, timed from the
 * moment it is asked for to each event's arrival at each client.
 *
 * <p>usage: {@code BareFanOutLoad BASE_URL CLIENTS ITEMS}
 */
public final class BareFanOutLoad {
    private BareFanOutLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int items = Integer.parseInt(args[2]);
        int rounds = Integer.getInteger("rounds", Math.max(5, 50 / items));
        long measuredAfter = (long) rounds * items;
        long[][] arrival = new long[clients][items];
        AtomicLong warmedUp = new AtomicLong();
        AtomicLongArray received = new AtomicLongArray(clients);
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger connected = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        RawSseClients sse = new RawSseClients(new InetSocketAddress(base.getHost(), base.getPort()), "/stream", "0", clients, 2,
                new RawSseClients.Listener() {
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (connected.get() < clients && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        System.out.printf("connected %d of %d clients%n", connected.get(), clients);
        Thread.sleep(2000); // let the server register every stream before the first burst
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round < rounds; round++) {
            burst(http, base, (long) round * items + 1, items);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (warmedUp.get() < (long) clients * items * (round + 1) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        System.out.printf("warm-up: %d of %d deliveries%n", warmedUp.get(), (long) clients * items * rounds);
        long asked = System.nanoTime();
        burst(http, base, measuredAfter + 1, items);
        done.await(120, TimeUnit.SECONDS);

        long[] latencies = new long[clients * items];
        int n = 0;
        int lost = 0;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < items; i++) {
                if (arrival[c][i] == 0) {
                    lost++;
                } else {
                    latencies[n++] = arrival[c][i] - asked;
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("bare: clients=%d items=%d deliveries=%d lost=%d duplicated=%d%n", clients, items, n, lost, duplicates.get());
        if (n > 0) {
            System.out.printf("asked-to-delivery ms: min=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", sorted[0] / 1e6,
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[n - 1] / 1e6);
        }
        sse.close();
        System.exit(lost == 0 && duplicates.get() == 0 ? 0 : 1);
    }

    private static void burst(HttpClient http, URI base, long from, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/burst?from=" + from + "&n=" + n))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("burst refused: " + response.statusCode());
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
