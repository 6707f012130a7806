package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private static byte[] subscriptions() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/sources/opml/subscriptions.opml"));
    }

    @Test
    void outlinesWithAFeedUrlBecomeFeedSourcesWithUniqueIds() throws IOException {
        Opml.Imported imported = Opml.read(subscriptions(), "subscriptions.opml", Set.of("seeds"));

        assertThat(imported.entries()).extracting(SourceConfig::id).containsExactly("sahel-desk", "sahel-desk-2", "feeds-example-com");
        assertThat(imported.entries().get(0).location()).isEqualTo("https://news.example.org/sahel.xml");
        assertThat(imported.entries().get(0).ref().name()).isEqualTo("Sahel Desk");
        assertThat(imported.problems()).hasSize(2);
        assertThat(imported.problems().get(0)).contains("subscriptions.opml", "file:///etc/passwd", "not http(s)");
        assertThat(imported.problems().get(1)).contains("https://news.example.org/a feed", "not a URL");
    }

    @Test
    void idsAlreadyTakenAreNotReused() throws IOException {
        Opml.Imported imported = Opml.read(subscriptions(), "s.opml", Set.of("sahel-desk"));

        assertThat(imported.entries()).extracting(SourceConfig::id).startsWith("sahel-desk-2", "sahel-desk-3");
    }

    @Test
    void aDoctypeIsRefused() {
        byte[] evil = ("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>").getBytes(StandardCharsets.UTF_8);

        Opml.Imported imported = Opml.read(evil, "evil.opml", Set.of());

        assertThat(imported.entries()).isEmpty();
        assertThat(imported.problems()).singleElement().asString().contains("evil.opml", "not readable OPML");
    }

    @Test
    void writtenOpmlReadsBackToTheSameFeeds() {
        List<SourceConfig> feeds = List.of(
                new SourceConfig("a", SourceConfig.Type.FEED, "https://a.example/feed?x=1&y=2", null, "A & B", List.of(), 1),
                new SourceConfig("seeds", SourceConfig.Type.FOLDER, "seeds", null, null, List.of(), 2),
                new SourceConfig("sample", SourceConfig.Type.FEED, "file:///srv/samples/feed.xml", null, "Sample", List.of(), 3),
                new SourceConfig("b", SourceConfig.Type.FEED, "http://b.example/rss", null, "Bell\u0007 \"B\"", List.of(), 4));

        String opml = Opml.write(feeds, "Newsriver sources");
        Opml.Imported back = Opml.read(opml.getBytes(StandardCharsets.UTF_8), "back.opml", Set.of());

        assertThat(opml).doesNotContain("file:", "samples");
        assertThat(back.entries()).hasSize(2);
        assertThat(back.entries().get(0)).satisfies(c -> {
            assertThat(c.location()).isEqualTo("https://a.example/feed?x=1&y=2");
            assertThat(c.ref().name()).isEqualTo("A & B");
        });
        assertThat(back.entries().get(1).ref().name()).isEqualTo("Bell \"B\"");
    }
}
