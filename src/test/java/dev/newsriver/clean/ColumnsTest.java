package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final String[] ARTICLE = {
        "The council met on Monday and agreed to a new budget for",
        "the coming year, officials said after a long session that",
        "ran late into the evening. Opposition members walked out",
        "of the session before the vote, calling the plan unfair.",
        "The budget now goes to the governor, who is expected to",
        "sign it within a week, her office said on Tuesday night.",
        "Schools and roads get most of the new money this year."};
    private static final String[] SIDEBAR = {"Official links:", "News", "Forums", "", "Support", "Contact us", "Shop"};

    /** The article's lines padded to {@code edge} columns, each followed by a sidebar line. */
    private static String[] sideBySide(int edge) {
        List<String> lines = new ArrayList<>();
        lines.add("Site name");
        lines.add("");
        for (int i = 0; i < ARTICLE.length; i++) {
            lines.add((ARTICLE[i] + " ".repeat(edge)).substring(0, edge) + SIDEBAR[i]);
        }
        lines.add("");
        lines.add("Footer");
        return lines.toArray(String[]::new);
    }

    @Test
    void aSidebarPrintedBesideTheArticleFollowsIt() {
        String[] unfolded = Columns.unfold(sideBySide(64));
        List<String> expected = new ArrayList<>(List.of("Site name", ""));
        expected.addAll(List.of(ARTICLE));
        expected.addAll(List.of("", "Official links:", "News", "Forums", "", "Support", "Contact us", "Shop", "", "",
                "Footer"));
        assertEquals(expected, List.of(unfolded));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        String left = "全国两会期间在海外学习的中国留学生"; // 17 characters, 34 columns
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(left + " ".repeat(6) + "链接" + i);
        }
        String[] unfolded = Columns.unfold(lines.toArray(String[]::new));
        assertEquals(left, unfolded[0]);
        assertEquals("链接0", unfolded[7]);
        // the "x" is the 24th character but stands at column 40
        assertEquals(left.length() + 6, Columns.cut(left + " ".repeat(6) + "x", 40));
    }

    @Test
    void tablesOfSeveralColumnsAndTextAcrossTheEdgeAreLeftAsTheyAre() {
        String[] table = new String[8];
        for (int i = 0; i < table.length; i++) {
            table[i] = String.format("%-20s%-15s%-15s%s", "Application " + i, i + "1.1 MB", i + "3.4 MB (-81%)", "8.0 MB");
        }
        assertArrayEquals(table, Columns.unfold(table));
        String[] across = sideBySide(64);
        across[3] = "This line of the article runs on across the edge where the sidebar starts and on to its end";
        across[5] = across[3];
        assertArrayEquals(across, Columns.unfold(across));
    }
}
