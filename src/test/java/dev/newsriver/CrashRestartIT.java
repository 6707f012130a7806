package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsriver.article.Article;
import dev.newsriver.store.ItemQuery;
import dev.newsriver.store.StoreFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM is killed (SIGKILL, no shutdown hooks) while it ingests a folder of articles, then started again
 * on the same data directory: in the end every article is stored, and none twice. Runs the packaged jar
 * as a process of its own.
 */
class CrashRestartIT {
    private static final int ARTICLES = 3000;
    private static final Path JAR = Path.of("target/newsriver.jar");
    private static final Pattern ITEMS = Pattern.compile("\"items\":(\\d+)");
    private static final String[] WORDS = ("harvest rainfall market convoy border council minister village river "
            + "school clinic bridge drought election port railway mine factory festival court highway airport "
            + "cattle millet cotton radio treaty summit budget census dam vaccine").split(" ");

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aKilledInstanceRestartedOnItsDataLosesNoArticleAndStoresNoneTwice() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built by mvn package");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (int n = 0; n < ARTICLES; n++) {
            Random random = new Random(n);
            StringBuilder text = new StringBuilder("Bulletin ").append(n).append(" of the valley desk\n\n");
            for (int w = 0; w < 150; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n\n" : " ");
            }
            Files.writeString(inbox.resolve("bulletin-" + n + ".txt"), text);
        }
        Files.writeString(dir.resolve("sources.yml"), "sources:\n  - {id: inbox, type: folder, path: \"" + inbox + "\"}\n");
        Path data = dir.resolve("data");

        int firstPort = freePort();
        Process first = start(firstPort, data);
        try {
            // killed part-way: some articles are stored, most are not yet
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> items(firstPort) > 0);
        } finally {
            first.destroyForcibly().waitFor();
        }
        try (StoreFixture store = StoreFixture.h2(data)) {
            assertThat(store.store().count().block(Duration.ofSeconds(30))).as("items stored when killed").isBetween(1L, ARTICLES - 1L);
        }

        int secondPort = freePort();
        Process second = start(secondPort, data);
        try {
            await().atMost(Duration.ofSeconds(180)).until(() -> items(secondPort) >= ARTICLES);
        } finally {
            second.destroy();
            second.waitFor();
        }

        try (StoreFixture store = StoreFixture.h2(data)) {
            List<Article> all = store.store().after(0, ItemQuery.EVERYTHING, 10 * ARTICLES).collectList().block(Duration.ofSeconds(60));
            assertThat(all).hasSize(ARTICLES);
            assertThat(all).extracting(Article::title).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, ARTICLES).mapToObj(n -> "Bulletin " + n + " of the valley desk").toList());
        }
    }

    private long items(int port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ITEMS.matcher(r.body());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Process start(int port, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port,
                "--newsriver.data-dir=" + data, "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server-" + port + ".log").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
