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
}
