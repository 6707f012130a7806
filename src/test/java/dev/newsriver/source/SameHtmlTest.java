package dev.newsriver.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameHtmlTest {
    @Test
    void spellingsOfOneTreeAreAlike() {
        assertThat(SameHtml.normalize("<b>x</b><br/>")).isEqualTo(SameHtml.normalize("<b>x</b><br />"));
        assertThat(SameHtml.normalize("<b>&#38;</b>")).isEqualTo(SameHtml.normalize("<b>&amp;</b>"));
        assertThat(SameHtml.normalize("<img src='a.png' alt=\"x\">"))
                .isEqualTo(SameHtml.normalize("<img alt=\"x\" src=\"a.png\" />"));
        assertThat(SameHtml.normalize("&#X61;")).isEqualTo(SameHtml.normalize("&#x61;"));
        assertThat(SameHtml.normalize("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"><circle r=\"1\"/></svg>"))
                .isEqualTo(SameHtml.normalize("<svg width='3'><circle r='1'></circle></svg>"));
    }

    @Test
    void differentTreesAreNot() {
        assertThat(SameHtml.normalize("History of the <blink> tag"))
                .isNotEqualTo(SameHtml.normalize("History of the &lt;blink&gt; tag"));
        assertThat(SameHtml.normalize("<a href=\"http://a.example/\">x</a>"))
                .isNotEqualTo(SameHtml.normalize("<a href=\"http://b.example/\">x</a>"));
        assertThat(SameHtml.normalize("<p>a</p><p>b</p>")).isNotEqualTo(SameHtml.normalize("<p>a b</p>"));
        assertThat(SameHtml.normalize("Example Atom")).isNotEqualTo(SameHtml.normalize("Summary"));
        assertThat(SameHtml.normalize("<svg:svg><svg:circle r='1'/></svg:svg>"))
                .isNotEqualTo(SameHtml.normalize("<svg><circle r='1'/></svg>"));
    }
}
