package dev.newsriver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
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
    void exportWithoutAnOutputFolderExplainsItsUsage() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(stderr, true));
        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("usage: export --out DIR");
    }
}
