package dev.newsriver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path out;
    @TempDir
    Path data;

    private static SyndFeed read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(r);
        }
    }

    @Test
    void exportWritesTheFeedsOfEveryRegionAndTopicAsFiles() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export", "--out", out.toString(), "--data-dir", data.toString(),
                "--base-url", "https://news.example/river"}, new PrintStream(stdout, true), new PrintStream(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();

        SyndFeed all = read(out.resolve("feed.xml"));
        assertThat(all.getEntries()).extracting(SyndEntry::getTitle)
                .contains("Niger determined to expel US forces, diplomat says - Exclusive");
        assertThat(read(out.resolve("feed.atom")).getEntries()).hasSameSizeAs(all.getEntries());
        assertThat(Files.readString(out.resolve("feed.json"))).contains("\"version\":\"https://jsonfeed.org/version/1.1\"");
        SyndFeed sahel = read(out.resolve("regions/sahel/feed.atom"));
        assertThat(sahel.getLinks()).anySatisfy(l -> assertThat(l.getHref())
                .isEqualTo("https://news.example/river/regions/sahel/feed.atom"));
        List<String> usTroops = read(out.resolve("topics/us-troops/feed.xml")).getEntries().stream()
                .map(SyndEntry::getTitle).toList();
        assertThat(usTroops).contains("US orders all combat troops to withdraw from Niger");
        assertThat(stdout.toString()).contains("wrote");
    }

    @Test
    void exportReadsAFeedOnThisMachineOnlyWhenAllowed(@TempDir Path dir) throws Exception {
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local desk</title>"
                + "<link>http://local.test/</link><description>d</description><item>"
                + "<title>Convoy attacked near Gao in Mali</title><link>http://local.test/1</link><guid>urn:local:1</guid>"
                + "<description>Gunmen attacked a fuel convoy near Gao in Mali on Tuesday, the army said, and two "
                + "drivers were wounded before the soldiers escorting it drove the attackers off.</description>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, rss.length);
            ex.getResponseBody().write(rss);
            ex.close();
        });
        server.start();
        try {
            Path sources = dir.resolve("sources.yml");
            Files.writeString(sources, "sources:\n  - {id: local, type: feed, url: \"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/feed.xml\"}\n");
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int refused = Cli.run(new String[] {"export", "--out", dir.resolve("refused").toString(), "--sources",
                    sources.toString(), "--data-dir", dir.resolve("d1").toString()},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(stderr, true));
            int allowed = Cli.run(new String[] {"export", "--out", dir.resolve("allowed").toString(), "--sources",
                    sources.toString(), "--data-dir", dir.resolve("d2").toString(), "--allow-private-networks"},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(stderr, true));

            assertThat(List.of(refused, allowed)).as(stderr.toString()).containsOnly(0);
            assertThat(read(dir.resolve("refused/feed.xml")).getEntries()).isEmpty();
            assertThat(read(dir.resolve("allowed/feed.xml")).getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactly("Convoy attacked near Gao in Mali");
            assertThat(read(dir.resolve("allowed/regions/sahel/feed.xml")).getEntries()).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void exportWithoutAnOutputFolderExplainsItsUsage() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(stderr, true));
        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("usage: export --out DIR");
    }
}
