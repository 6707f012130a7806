package dev.newsriver.source.bench;

import dev.newsriver.source.FetchSettings;
import dev.newsriver.source.Source;
import dev.newsriver.source.Sources;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * One instance polling 10,000 feeds served by local stub servers on 16 loopback addresses (so the
 * per-host limit applies as with many sites): 99 % answer 304 to the conditional GET, 1 % change on
 * every poll. One operation is one poll. CPU and heap are printed per iteration (they include the
 * stub servers, which run in the same process).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PollingBenchmark {

    static final int FEEDS = 10_000;
    static final int HOSTS = 16;
    static final int IN_FLIGHT = 512;

    private final List<DisposableServer> servers = new ArrayList<>();
    private Sources sources;
    private long cpuStart;
    private long wallStart;

    @Setup(Level.Trial)
    public void start() throws IOException {
        StringBuilder yml = new StringBuilder("sources:\n");
        for (int h = 0; h < HOSTS; h++) {
            DisposableServer server = HttpServer.create().host("127.0.0." + (h + 1)).port(0)
                    .handle((req, res) -> {
                        String path = req.path();
                        boolean changing = path.endsWith("00");
                        String etag = changing ? "\"" + System.nanoTime() + "\"" : "\"v1\"";
                        if (etag.equals(req.requestHeaders().get("If-None-Match"))) {
                            return res.status(304).send();
                        }
                        String body = "<rss version=\"2.0\"><channel><title>" + path + "</title><item><title>News " + etag
                                + "</title><guid>" + path + etag + "</guid><description>Body</description></item></channel></rss>";
                        return res.header("ETag", etag).header("Content-Type", "application/rss+xml")
                                .sendString(Mono.just(body)).then();
                    })
                    .bindNow();
            servers.add(server);
        }
        for (int i = 0; i < FEEDS; i++) {
            DisposableServer s = servers.get(i % HOSTS);
            yml.append("  - {id: f").append(i).append(", type: feed, url: \"http://").append(s.host()).append(':')
                    .append(s.port()).append("/f/").append(i).append("\"}\n");
        }
        Path dir = Files.createTempDirectory("polling-bench");
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, yml, StandardCharsets.UTF_8);
        sources = Sources.load(file, FetchSettings.defaults().withAllowPrivateNetworks(true).withRetries(0), dir);
        pollAll();                                                // first round: 200s, validators stored
    }

    @Setup(Level.Iteration)
    public void mark() {
        cpuStart = cpuNanos();
        wallStart = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void report() {
        double cores = (cpuNanos() - cpuStart) / (double) (System.nanoTime() - wallStart);
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        Map<String, Long> outcomes = sources.statuses().stream()
                .collect(Collectors.groupingBy(s -> s.state() + "/" + s.httpStatus(), TreeMap::new, Collectors.counting()));
        System.out.printf("%n[polling] CPU %.2f cores busy (of %d), heap used %d MiB of %d MiB committed, last poll per feed %s%n",
                cores, rt.availableProcessors(), usedMb, rt.totalMemory() >> 20, outcomes);
    }

    @TearDown(Level.Trial)
    public void stop() {
        servers.forEach(DisposableServer::disposeNow);
    }

    @Benchmark
    @OperationsPerInvocation(FEEDS)
    public long pollAll() {
        return Flux.fromIterable(sources.all()).flatMap(Source::fetch, IN_FLIGHT).count().block();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
