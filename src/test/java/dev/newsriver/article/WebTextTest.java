package dev.newsriver.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebTextTest {
    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertThat(WebText.xmlSafe("a\u0000b\u0001c\u001Fd\u000Be\u000Cf")).isEqualTo("abcdef");
        assertThat(WebText.xmlSafe("tab\tnl\ncr\r")).isEqualTo("tab\tnl\ncr\r");
        assertThat(WebText.xmlSafe("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
        assertThat(WebText.xmlSafe("lone \uD83D high, lone \uDE00 low")).isEqualTo("lone  high, lone  low");
        assertThat(WebText.xmlSafe("ends high\uD83D")).isEqualTo("ends high");
        String ordinary = "Niamey — Niger 🇳🇪 « été » ممر 日本";
        assertThat(WebText.xmlSafe(ordinary)).isSameAs(ordinary);
        assertThat(WebText.xmlSafe("😀\u0007😀")).isEqualTo("😀😀");
        assertThat(WebText.xmlSafe(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "file:///etc/passwd", "/relative/path", "//host.example/x", "mailto:a@b.example", "http://",
            "https://exa mple.org/", "vbscript:msgbox", "ftp://files.example/x"})
    void offersNoLinkAReaderMustNotFollow(String url) {
        assertThat(WebText.webUrl(url)).isNull();
    }

    @Test
    void keepsWebLinks() {
        assertThat(WebText.webUrl(" https://news.example/a?b=1#c ")).isEqualTo("https://news.example/a?b=1#c");
        assertThat(WebText.webUrl("HTTP://news.example/")).isEqualTo("HTTP://news.example/");
        assertThat(WebText.webUrl(null)).isNull();
    }
}
