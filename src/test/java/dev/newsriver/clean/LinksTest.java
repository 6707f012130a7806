package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final URI BASE = Links.base("https://example.org/news/story.html");

    @Test
    void relativeLinksResolveAgainstThePage() {
        assertEquals("https://example.org/news/other.html", Links.resolve(BASE, " other.html "));
        assertEquals("https://example.org/top", Links.resolve(BASE, "/top"));
        assertEquals("https://cdn.example.net/a.png", Links.resolve(BASE, "//cdn.example.net/a.png"));
        assertEquals("https://example.org/news/a%20b%7Cc%7B%7D", Links.resolve(BASE, "a b|c{}"));
    }

    @Test
    void absoluteLinksStayAsTheyAre() {
        assertEquals("HTTP://Example.org/A", Links.resolve(BASE, "HTTP://Example.org/A"));
        assertEquals("mailto:desk@example.org", Links.resolve(BASE, "mailto:desk@example.org"));
    }

    @Test
    void absoluteAndEncodeAgreeWithTheirReferences() {
        Pattern absolute = Pattern.compile("(?i)^(https?:|mailto:)");
        for (String url : List.of("", "http:", "HTTPS://x", "hTtP:x", "mailto:", "MailTo:a", "httpſ://x", "ftp://x",
                "http", "/x", "https//x")) {
            assertEquals(absolute.matcher(url).find(), Links.absolute(url), url);
        }
        for (String s : List.of("", "plain", " lead", "trail ", "a b|c\"d<e>f{g}h^i`j", "<<>>")) {
            String reference = s.replace(" ", "%20").replace("|", "%7C").replace("\"", "%22")
                    .replace("<", "%3C").replace(">", "%3E").replace("{", "%7B").replace("}", "%7D")
                    .replace("^", "%5E").replace("`", "%60");
            assertEquals(reference, Links.encode(s), s);
        }
    }
}
