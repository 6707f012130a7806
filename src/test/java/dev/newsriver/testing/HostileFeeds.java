package dev.newsriver.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Feeds made of hostile markup, for the tests that prove none of it survives. */
public final class HostileFeeds {
    private static final Path VECTORS = Path.of("src/test/resources/xss/vectors.txt");

    private HostileFeeds() {
    }

    /** The classic vectors of {@code src/test/resources/xss/vectors.txt}. */
    public static List<String> vectors() throws IOException {
        return Files.readAllLines(VECTORS).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** One entry per vector: in the title, the author, a category and the content. */
    public static String rss(List<String> vectors, String channelTitle) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < vectors.size(); i++) {
            String v = vectors.get(i);
            String body = "<p>Report number " + i + " on the " + ordinalWords(i) + " hostile vector. " + prose(i, 60)
                    + ".</p>" + v + "<p>" + prose(i + 1000, 40) + ".</p>";
            items.append("<item><title>").append(escape("Report " + i + " " + v)).append("</title>")
                    .append("<guid isPermaLink=\"false\">vector-").append(i).append("</guid>")
                    .append("<link>https://news.example.org/vector/").append(i).append("</link>")
                    .append("<dc:creator>").append(escape(v)).append("</dc:creator>")
                    .append("<category>").append(escape(v)).append("</category>")
                    .append("<description>").append(escape(body)).append("</description></item>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>" + escape(channelTitle) + "</title><link>https://news.example.org/</link>"
                + "<description>Hostile vectors</description>\n" + items + "</channel></rss>\n";
    }

    private static final String[] WORDS = ("harvest rainfall market convoy border council minister village river "
            + "school clinic bridge drought election port railway mine factory festival court highway airport "
            + "cattle millet cotton radio treaty summit budget census dam vaccine teacher nurse farmer trader").split(" ");

    /** {@code n} words of ordinary prose, different for every seed, so that no two reports are near-copies. */
    private static String prose(int seed, int n) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder("The");
        for (int w = 0; w < n; w++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String ordinalWords(int i) {
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
        return words[i % 10] + " " + words[(i / 10) % 10];
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
