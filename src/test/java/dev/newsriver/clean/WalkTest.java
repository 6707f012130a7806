package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WalkTest {

    private static void assertSameAsJsoup(Document doc) {
        assertEquals(doc.getAllElements(), Walk.elements(doc));
        Element body = doc.body();
        assertEquals(body.getAllElements(), Walk.elements(body));
        List<Element> outsideBody = new ArrayList<>(doc.getAllElements());
        outsideBody.removeAll(body.getAllElements());
        assertEquals(outsideBody, Walk.elements(doc, body));
    }

    @Test
    void listsElementsInDocumentOrder() {
        Document doc = Jsoup.parse("<title>t</title><div>a<p>b<b>c</b></p>d<ul><li>e</li><li></li></ul></div>text"
                + "<span></span><!-- c --><p>last</p>");
        assertSameAsJsoup(doc);
        assertEquals(List.of(), Walk.elements(doc.body(), doc.body()));
        Element single = new Element("p");
        assertEquals(List.of(single), Walk.elements(single));
    }

    @Test
    void listsEveryCorpusPageAsJsoupDoes() {
        assumeTrue(ReadabilityCorpus.present(), "needs ../shared/corpora");
        for (ReadabilityCorpus.Case c : ReadabilityCorpus.cases()) {
            assertSameAsJsoup(Jsoup.parse(c.html()));
        }
    }

    @Test
    void findsWhereASubtreeEnds() {
        Document doc = Jsoup.parse("<div id=a><p id=b><b id=c>x</b></p><p id=d></p></div><p id=e><i id=f></i></p>");
        Element body = doc.body();
        List<Element> all = Walk.elements(body);
        assertEquals(at(all, doc, "d"), Walk.endOfSubtree(all, at(all, doc, "a"), body));
        assertEquals(at(all, doc, "c"), Walk.endOfSubtree(all, at(all, doc, "b"), body));
        assertEquals(at(all, doc, "d"), Walk.endOfSubtree(all, at(all, doc, "d"), body));
        assertEquals(all.size() - 1, Walk.endOfSubtree(all, at(all, doc, "e"), body));
        assertEquals(all.size() - 1, Walk.endOfSubtree(all, 0, body));
    }

    private static int at(List<Element> all, Document doc, String id) {
        return all.indexOf(doc.getElementById(id));
    }
}
