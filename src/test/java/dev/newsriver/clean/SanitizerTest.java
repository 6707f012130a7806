package dev.newsriver.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    private final Sanitizer sanitizer = new Sanitizer();

    @Test
    void scriptsAreRemovedWithTheirCode() {
        String out = sanitizer.sanitize("<p>Hello</p><script>alert(1)</script>", null);
        assertEquals("<p>Hello</p>", out);
    }

    @Test
    void eventHandlersAreStrippedButTheElementStays() {
        String out = sanitizer.sanitize("<p onclick=\"steal()\" onmouseover='x()'>Hi <b onload=x>there</b></p>", null);
        assertEquals("<p>Hi <b>there</b></p>", out);
    }

    @Test
    void javascriptUrlsLoseTheirHref() {
        String out = sanitizer.sanitize("<a href=\"javascript:alert(1)\">click</a> <a href=\"JaVaScRiPt:x\">b</a>",
                "https://example.org/");
        assertFalse(out.toLowerCase().contains("javascript"), out);
        assertTrue(out.contains(">click</a>"), out);
    }

    @Test
    void elementsHiddenOrOverlaidByStyleAreRemovedWithTheirText() {
        String html = "<p>Kept</p><div style=\"display: none\">hidden</div>"
                + "<div style=\"position:fixed;top:0\">overlay</div><span style=\"opacity:0\">ghost</span>"
                + "<p hidden>attr</p><p style=\"color:red\">red</p>";
        assertEquals("<p>Kept</p><p>red</p>", sanitizer.sanitize(html, null));
    }

    @Test
    void relativeLinksAndImagesResolveAgainstTheBaseUrl() {
        String out = sanitizer.sanitize("<a href=\"/a/b\">x</a><img src=\"pic.png\" alt=\"p\">",
                "https://example.org/news/story.html");
        assertTrue(out.contains("href=\"https://example.org/a/b\""), out);
        assertTrue(out.contains("src=\"https://example.org/news/pic.png\""), out);
    }

    @Test
    void iframesFormsAndStylesheetsAreNotLetThrough() {
        String out = sanitizer.sanitize("<iframe src=\"https://evil\"></iframe><form><input></form>"
                + "<style>p{}</style><link rel=stylesheet href=x><p>ok</p>", null);
        assertEquals("<p>ok</p>", out);
    }

    @Test
    void plainTextFieldsLoseTheirMarkupButKeepTheirWords() {
        assertThat(Sanitizer.plainText("Report <img src=x onerror=alert(1)>on <b>Niger</b> &amp; Mali")).isEqualTo("Report on Niger & Mali");
        assertThat(Sanitizer.plainText("<scr<script>ipt>alert(1)</scr</script>ipt>")).doesNotContain("<");
        assertThat(Sanitizer.plainText("</title><script>alert(1)</script>Headline")).isEqualTo("Headline");
        assertThat(Sanitizer.plainText("  Rates rise   5% as x < y  ")).isEqualTo("Rates rise 5% as x < y");
        assertThat(Sanitizer.plainText(null)).isNull();
    }

    @Test
    void urlChecksAgreeWithTheirPatterns() {
        java.util.regex.Pattern scheme = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
        java.util.regex.Pattern web = java.util.regex.Pattern.compile("(?i)https?://[^\\s]+");
        java.util.regex.Pattern mail = java.util.regex.Pattern.compile("(?i)mailto:[^\\s]+");
        for (String url : java.util.List.of("", "http://", "http://a", "HTTPS://example.org/a b", "https://x/\ty",
                "hTtP://ok/path?q=1", "http:/one-slash", "https//x", "mailto:", "mailto:a@b.c", "MAILTO:a@b",
                "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "ftp://x", "a+b.c-d:rest", "1abc:x",
                "/relative", "no-scheme", ":colon", "httpſ://long-s", "\u212Aelvin://x", "http://a\u000bb",
                "https://例え.jp/パス")) {
            assertEquals(scheme.matcher(url).find(), Sanitizer.hasScheme(url), url);
            assertEquals(web.matcher(url).matches(), Sanitizer.allowed(url, false), url);
            assertEquals(web.matcher(url).matches() || mail.matcher(url).matches(), Sanitizer.allowed(url, true), url);
        }
    }
}
