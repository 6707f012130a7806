package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a feed entry's body: an HTML fragment or plain text, with no page furniture to remove. The
 * HTML is kept for the sanitizer. Stateless and thread-safe.
 */
final class FeedEntries {

    private static final Pattern MARKUP = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)?/?>");

    private FeedEntries() {
    }

    static Extraction extract(String content) {
        if (MARKUP.matcher(content).find()) {
            Element body = Jsoup.parseBodyFragment(content).body();
            body.select("script, style, noscript, template").remove();
            List<String> paragraphs = new ArrayList<>();
            Blocks.collectText(body, paragraphs);
            return new Extraction(null, null, null, null, paragraphs, body, List.of(), Set.of());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : content.split("\\n\\s*\\n|\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip().replaceAll("\\s+", " "));
            }
        }
        return new Extraction(null, null, null, null, paragraphs, null, List.of(), Set.of());
    }
}
