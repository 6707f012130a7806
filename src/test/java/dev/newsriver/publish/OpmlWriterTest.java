package dev.newsriver.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OpmlWriterTest {
    @Test
    void namesWithMarkupQuotesAndControlCharactersStayReadableXml() throws Exception {
        var outline = new OpmlWriter.Outline("\"Sahel\" <b>&</b>\u0001 news\u0000", "https://n.example/feed.xml?a=1&b=2",
                "https://n.example/");
        byte[] opml = new OpmlWriter().write("River\u000B", List.of(new OpmlWriter.Group("Re'gions", List.of(outline))));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(opml));
        NodeList outlines = doc.getElementsByTagName("outline");
        assertThat(outlines.getLength()).isEqualTo(2);
        assertThat(((Element) outlines.item(0)).getAttribute("title")).isEqualTo("Re'gions");
        Element feed = (Element) outlines.item(1);
        assertThat(feed.getAttribute("title")).isEqualTo("\"Sahel\" <b>&</b> news");
        assertThat(feed.getAttribute("xmlUrl")).isEqualTo("https://n.example/feed.xml?a=1&b=2");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("River");
    }
}
