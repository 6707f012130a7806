package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HtmlWriter} must write what Jsoup's own {@code Element.html()} writes, faster. */
class HtmlWriterTest {

    /** The body of {@code html} with only elements and text left, as the sanitizer leaves it. */
    private static Element body(String html) {
        Document doc = Jsoup.parse(html, "https://example.org/");
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().getAllElements()) {
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                Node child = e.childNode(i);
                if (!(child instanceof Element) && !(child instanceof TextNode) || child instanceof CDataNode) {
                    child.remove();
                }
            }
        }
        return doc.body();
    }

    private static void assertSameAsJsoup(String html) {
        Element body = body(html);
        assertEquals(body.html(), HtmlWriter.inner(body), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Fish &amp; chips &lt;3 &gt; all, \"quoted\" and 'single'</p>",
        "<p>no&nbsp;break and a\u00a0raw one</p>",
        "<a href=\"/x?a=1&amp;b=2\" title=\"say &quot;hi&quot; &lt;b&gt; it's\">link</a>",
        "<img alt=\"<span style='x'>A</span>\" src=\"a.png\"><br><hr><p>after</p>",
        "<p>bell \u0007 tab\t return\r newline\n end</p>",
        "<p>emoji \ud83d\ude00 and a lone \ud83d surrogate and a low \ude00 one</p>",
        "<p>supplementary \ud834\udd1e and \ud83e\udd80 crab</p>",
        "<input disabled><input checked=\"checked\"><input value=\"\"><td nowrap>x</td><img alt>",
        "<p></p><div><span></span></div><table><tbody><tr><td></td></tr></tbody></table>",
        "<pre>\nfirst line kept\n  indented</pre><textarea>\nnote</textarea><pre>no newline</pre>",
        "<ul><li>one<li>two</ul><p>deep <b><i><u>nesting</u></i></b> ends</p>",
        "text before any element <em>then</em> text after",
        "<svg><title>a <b>c</b></title><rect width=\"1\"/></svg><p>after svg</p>",
        "<math><mi>x</mi></math><p>x</p>",
        "<p data-x=\"1 &amp; 2\" class=\"a  b\" id=x>attrs</p>",
        "<div \"=\"\" laws\"=\"\" a<b=1 c'd=2>invalid attribute names</div>"
    })
    void writesWhatJsoupWrites(String html) {
        assertSameAsJsoup(html);
    }

    @Test
    void anEmptyRootWritesNothing() {
        assertEquals("", HtmlWriter.inner(new Element("div")));
    }

    @Test
    void cdataLeftOutsideForeignContentIsWrittenAsEscapedText() {
        // an svg unwrapped by the sanitizer leaves its CDATA section in an HTML element; Jsoup would write it raw
        Element div = new Element("div");
        div.appendChild(new CDataNode("<img src=x onerror=alert(1)>"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", HtmlWriter.inner(div));
    }

    @Test
    void everyCorpusPageIsWrittenAsJsoupWritesIt() {
        assumeTrue(ReadabilityCorpus.present(), "needs ../shared/corpora");
        for (ReadabilityCorpus.Case c : ReadabilityCorpus.cases()) {
            Element body = body(c.html());
            assertEquals(body.html(), HtmlWriter.inner(body), c.id());
        }
    }
}
