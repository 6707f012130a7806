package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Texts#of} must give what Jsoup's {@code Element.text()} gives. */
class TextsTest {

    private static void assertSameAsJsoup(Element root) {
        for (Element e : root.getAllElements()) {
            assertEquals(e.text(), Texts.of(e), () -> e.cssSelector());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>  Many   spaces\n\tand\r\nbreaks\f here  </p>",
        "<p>no&nbsp;break&nbsp; &nbsp;spaces, zero\u200bwidth and soft\u00adhyphen</p>",
        "<div>one<p>two</p>three<br>four<span>five</span><div>six</div>seven</div>",
        "<pre>  kept\n    as   is </pre><p>after <code> a  b </code> pre</p><pre><b>  nested\n bold</b></pre>",
        "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><table><tr><td>x</td><td>y</td></tr></table>",
        "<span>inline<div>block inside inline</div>tail</span><em>after</em>",
        "<p><br>leading break</p><p>trailing break<br></p><p><br><br></p>",
        "<p>emoji \ud83d\ude00 and lone \ud83d surrogate</p><svg><text>svg text</text></svg><p>x</p>",
        "<p>a<!-- comment -->b<script>var x;</script>c<style>p{}</style>d</p>",
        "<button>press</button><input value=x><select><option>one<option>two</select>text",
        "<textarea>  raw\n text </textarea><title>t</title><p>\u000b vertical tab</p>",
        "<p></p><div>   </div><span> </span>"
    })
    void givesWhatJsoupGives(String html) {
        assertSameAsJsoup(Jsoup.parse(html).body());
    }

    @Test
    void givesWhatJsoupGivesOnEveryElementOfTheCorpusPages() {
        assumeTrue(ReadabilityCorpus.present(), "needs ../shared/corpora");
        for (ReadabilityCorpus.Case c : ReadabilityCorpus.cases()) {
            assertSameAsJsoup(Jsoup.parse(c.html()).body());
        }
    }
}
