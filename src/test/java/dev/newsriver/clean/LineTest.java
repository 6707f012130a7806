package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

    @Test
    void bulletMarkersAreStrippedAndIndentedContinuationsBelongToTheBullet() {
        List<Line> lines = Line.parse("Title\n\n  • News\n    • Politics\n  • A caption\n    A caption again\nBody.");
        assertEquals(List.of("Title", "News", "Politics", "A caption", "A caption again", "Body."),
                lines.stream().map(Line::text).toList());
        assertFalse(lines.get(0).bullet());
        assertTrue(lines.get(3).marker());
        assertTrue(lines.get(4).bullet());
        assertFalse(lines.get(4).marker());
        assertFalse(lines.get(5).bullet());
    }

    @Test
    void blankLinesAreRememberedOnTheFollowingLine() {
        List<Line> lines = Line.parse("a\nb\n\nc");
        assertFalse(lines.get(1).blankBefore());
        assertTrue(lines.get(2).blankBefore());
    }

    @Test
    void paragraphsWrappedAtAFixedWidthAreJoinedAgain() {
        String first = "word ".repeat(17) + "endofline";
        String dump = first + "\n" + "continues here.\n\n" + first + "\n" + first + "\n" + first + "\nnext";
        List<Line> lines = Line.parse(dump);
        assertEquals(first + " continues here.", lines.get(0).text());
        assertEquals(2, lines.size());
    }

    @Test
    void shortLinesOfADumpWithLongLinesAreNotJoined() {
        String dump = "x".repeat(150) + "\nshort line one\nshort line two";
        assertEquals(3, Line.parse(dump).size());
    }

    @Test
    void textWrappedNarrowerThanTheDumpIsJoinedAtItsOwnWidth() {
        // an RFC-style page: paragraphs indented by three and wrapped short of 72 columns, one wider header line
        String a = "   This draft describes a protocol by which client-side applications,";
        String b = "   running inside a web browser, can communicate with a data storage";
        String c = "   server that is hosted on a different domain name, and the provider";
        String paragraph = a + "\n" + b + "\n" + c + "\n   need not also play the role of data storage provider.\n\n";
        String dump = "INTERNET DRAFT" + " ".repeat(60) + "draft-example-04   [Docs] [txt]\n\n" + paragraph.repeat(3);
        assertEquals(c.length(), Line.wrapWidth(dump.split("\n", -1)));
        List<Line> lines = Line.parse(dump);
        assertEquals(4, lines.size());
        assertEquals(String.join(" ", a.strip(), b.strip(), c.strip(), "need not also play the role of data storage provider."),
                lines.get(1).text());
    }

    @Test
    void aMenuOfShortLinesIsNotWrappedText() {
        String dump = "Home\nNews\nWorld\nSport and leisure\nWeather\nContact us\n";
        assertEquals(-1, Line.wrapWidth(dump.split("\n", -1)));
        assertEquals(6, Line.parse(dump).size());
    }

    @Test
    void wideCharactersAndTheirPunctuationTakeTwoColumnsAndStrayMarkupDoesNotCount() {
        assertEquals(4, Line.width("日本"));
        assertEquals(8, Line.width("「、。」"));
        assertEquals(3, Line.width("ａb"));
        // a Japanese text wrapped at 99 columns, with stray markup and a link's tail wider than that
        String wrapped = "あ".repeat(49) + "\n";
        String markup = "<div class=\"alertBox\"> <div class=\"alert\"> <i></i><p>" + "x".repeat(200) + "</p></div>\n";
        String link = "13kpf5ouu%2fN%3dhzR_ALYWOUA-%2fC%3d300963762.301832608.303458300.317962756%2fD%3dLREC".repeat(2) + "\n";
        String dump = markup + link + wrapped.repeat(3) + "\n" + wrapped.repeat(3) + "\n" + markup + link;
        assertEquals(99, Line.wrapWidth(dump.split("\n", -1)));
    }
}
