package dev.newsriver.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long run against a live server: articles are written into the folder the server watches at a steady
 * rate (so they go through the whole pipeline), while healthy SSE clients follow the river, clients that
 * never read sit on their connections, and other clients connect and leave in a loop, some with a bogus
 * {@code Last-Event-ID}. Every minute it prints the server's resident memory, its heap after the last
 * garbage collection (from the GC log), its open file descriptors, the fewest items any healthy client
 * has received, and the delay from each item's ingestion stamp (taken just before it is stored) to its
 * arrival at each healthy client; at the end, how many events arrived out of order or twice.
 *
 * <p>usage: {@code RiverSoak BASE_URL SERVER_PID GC_LOG INBOX MINUTES RATE HEALTHY NEVER_READ CHURN_THREADS}
 */
public final class RiverSoak {
    private static final Pattern HEAP_AFTER_GC = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final String[] WORDS = ("harvest rainfall market convoy border council minister village river "
            + "school clinic bridge drought election port railway mine factory festival court highway airport "
            + "cattle millet cotton radio treaty summit budget census dam vaccine").split(" ");

    private RiverSoak() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String pid = args[1];
        Path gcLog = Path.of(args[2]);
        Path inbox = Path.of(args[3]);
        int minutes = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);
        int healthy = Integer.parseInt(args[6]);
        int neverRead = Integer.parseInt(args[7]);
        int churnThreads = Integer.parseInt(args[8]);
        InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort());

        AtomicLongArray received = new AtomicLongArray(healthy);
        AtomicLongArray lastId = new AtomicLongArray(healthy);
        AtomicLong outOfOrder = new AtomicLong();
        AtomicLong connected = new AtomicLong();
        // delay from an item's ingestion stamp to its arrival, in ms, per minute (the last slot: a minute or more)
        AtomicLongArray delays = new AtomicLongArray(60_001);
        RawSseClients followers = new RawSseClients(server, "/stream?backlog=0", "", healthy, 2, new RawSseClients.Listener() {
            @Override
            public void connected(int client) {
                connected.incrementAndGet();
            }

            @Override
            public boolean event(int client, long id, long ingestedMillis) {
                if (id <= lastId.get(client)) {
                    outOfOrder.incrementAndGet();
                }
                lastId.set(client, id);
                received.incrementAndGet(client);
                if (ingestedMillis > 0) {
                    delays.incrementAndGet((int) Math.max(0, Math.min(60_000, System.currentTimeMillis() - ingestedMillis)));
                }
                return false;
            }

            @Override
            public void closed(int client) {
                System.out.printf("healthy client %d was disconnected%n", client);
            }
        });

        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < neverRead; i++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(4096);
            s.connect(server, 5_000);
            s.getOutputStream().write(request("/stream?backlog=0", null));
            idle.add(s);
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong churned = new AtomicLong();
        List<Thread> churn = new ArrayList<>();
        for (int t = 0; t < churnThreads; t++) {
            Thread thread = new Thread(() -> {
                String[] ids = {null, "not-a-number", "-1", "99999999999"};
                for (int i = 0; running.get(); i++) {
                    try (Socket s = new Socket()) {
                        s.connect(server, 5_000);
                        s.setSoTimeout(10_000);
                        s.getOutputStream().write(request("/stream?backlog=0", ids[i % ids.length]));
                        s.getInputStream().read();
                        churned.incrementAndGet();
                    } catch (IOException e) {
                        // a refused or reset connection counts as a leave
                    }
                }
            }, "churn-" + t);
            thread.setDaemon(true);
            thread.start();
            churn.add(thread);
        }

        System.out.println("minute  written  delivered/client(min)  delay_p50_ms  delay_p99_ms  rss_MiB  heap_after_gc_MiB  fds  churned  never_read_ended");
        Files.createDirectories(inbox);
        long start = System.nanoTime();
        long written = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            long minuteEnd = start + TimeUnit.MINUTES.toNanos(minute);
            while (System.nanoTime() < minuteEnd) {
                long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                for (; written < due; written++) {
                    write(inbox, written);
                }
                Thread.sleep(20); // the writer's pace, not a wait for the server
            }
            long min = Long.MAX_VALUE;
            for (int c = 0; c < healthy; c++) {
                min = Math.min(min, received.get(c));
            }
            long[] minuteDelays = new long[delays.length()];
            for (int ms = 0; ms < minuteDelays.length; ms++) {
                minuteDelays[ms] = delays.getAndSet(ms, 0);
            }
            System.out.printf("%6d  %7d  %21d  %12d  %12d  %7d  %17s  %3d  %7d  %s%n", minute, written, min,
                    quantile(minuteDelays, 0.50), quantile(minuteDelays, 0.99), rssKib(pid) / 1024,
                    heapAfterLastGc(gcLog), fds(pid), churned.get(), slowClientsEnded(base));
        }
        running.set(false);
        for (Thread t : churn) {
            t.join();
        }
        System.out.printf("healthy clients connected %d of %d; out of order or repeated: %d%n", connected.get(), healthy, outOfOrder.get());
        for (Socket s : idle) {
            s.close();
        }
        followers.close();
    }

    /** The {@code q} quantile of a histogram with one slot per millisecond; -1 when it is empty. */
    private static long quantile(long[] histogram, double q) {
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int ms = 0; ms < histogram.length; ms++) {
            seen += histogram[ms];
            if (seen >= rank && total > 0) {
                return ms;
            }
        }
        return -1;
    }

    private static void write(Path inbox, long n) throws IOException {
        Random random = new Random(n);
        StringBuilder text = new StringBuilder("Soak bulletin ").append(n).append(" of the valley desk\n\n");
        for (int w = 0; w < 200; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 20 == 19 ? ".\n\n" : " ");
        }
        Path tmp = inbox.resolve(".soak-" + n + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, inbox.resolve("soak-" + n + ".txt"));
    }

    private static byte[] request(String path, String lastEventId) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + (lastEventId != null ? "Last-Event-ID: " + lastEventId + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String heapAfterLastGc(Path gcLog) throws IOException {
        String last = "-";
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP_AFTER_GC.matcher(line);
            if (m.find()) {
                last = m.group(2);
            }
        }
        return last;
    }

    private static String slowClientsEnded(URI base) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /actuator/prometheus HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^newsriver_stream_slow_clients_total\\S* (\\S+)").matcher(body);
            return m.find() ? m.group(1) : "-";
        } catch (IOException e) {
            return "?";
        }
    }

    private static long rssKib(String pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static int fds(String pid) throws IOException {
        try (var list = Files.list(Path.of("/proc", pid, "fd"))) {
            return (int) list.count();
        }
    }
}
