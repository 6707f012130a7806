package dev.newsriver.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * The client side of the SSE fan-out floor ({@link BareSseServer}): the same clients as {@link SseFanOutLoad}
 * ({@link BurstClients}), the same warm-up bursts, then one measured burst, timed from the
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
        BurstClients sse = new BurstClients(new InetSocketAddress(base.getHost(), base.getPort()), "0", clients, items,
                measuredAfter);
        sse.awaitConnected();
        Thread.sleep(2000); // let the server register every stream before the first burst
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round < rounds; round++) {
            burst(http, base, (long) round * items + 1, items);
            sse.awaitWarmedUp((long) clients * items * (round + 1));
        }
        System.out.printf("warm-up: %d of %d deliveries%n", sse.warmedUp(), (long) clients * items * rounds);
        long[] asked = new long[items];
        Arrays.fill(asked, System.nanoTime());
        burst(http, base, measuredAfter + 1, items);
        sse.awaitBurst();
        boolean whole = sse.report(String.format("bare: clients=%d items=%d ", clients, items), "asked-to-delivery", asked);
        sse.close();
        System.exit(whole ? 0 : 1);
    }

    private static void burst(HttpClient http, URI base, long from, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/burst?from=" + from + "&n=" + n))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("burst refused: " + response.statusCode());
        }
    }
}
