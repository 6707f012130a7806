package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {

    private static final Map<List<String>, Integer> LISTS = Map.of(Hints.UNLIKELY, 1, Hints.MAYBE, 2,
            Hints.NEGATIVE, 4, Hints.POSITIVE, 8);

    /** What the automaton must answer: the bit of every list with a word in the lower-cased string. */
    private static int reference(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int bits = 0;
        for (Map.Entry<List<String>, Integer> list : LISTS.entrySet()) {
            if (list.getKey().stream().anyMatch(lower::contains)) {
                bits |= list.getValue();
            }
        }
        return bits;
    }

    @Test
    void findsEveryListWithAWordInside() {
        Hints.Automaton words = new Hints.Automaton(LISTS);
        for (String s : List.of("", "x", "sidebar", "SideBar-Widget", "main-content", "share-bar", "shareBAR",
                "combxcomment", "commcomment", "pagination", "hentry post", "nav-menu__item", "promo-mostread",
                "co-mment", "stor", "story", "xx-ad-xx", "-ad", "bodycontent", "ñmenuñ", "menü")) {
            assertEquals(reference(s), words.find(s), s);
        }
    }

    @Test
    void agreesWithSubstringSearchOnRandomNames() {
        Hints.Automaton words = new Hints.Automaton(LISTS);
        Random random = new Random(7);
        List<String> pieces = List.of("side", "bar", "com", "ment", "-", "ad", "main", "con", "tent", "share", "x",
                "Po", "st", "pag", "ination", "r", "SS", " ", "é", "hid", "den");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertEquals(reference(s.toString()), words.find(s.toString()), s.toString());
        }
    }

    @Test
    void wordsMustBeLowerCaseAscii() {
        assertThrows(IllegalArgumentException.class, () -> new Hints.Automaton(Map.of(List.of("Menu"), 1)));
        assertThrows(IllegalArgumentException.class, () -> new Hints.Automaton(Map.of(List.of("menü"), 1)));
    }

    @Test
    void classAndIdAreReadTogether() {
        Hints hints = new Hints();
        assertTrue(hints.unlikely(new Element("div").attr("class", "sidebar")));
        assertFalse(hints.unlikely(new Element("div").attr("class", "sidebar").attr("id", "main")));
        assertFalse(hints.unlikely(new Element("div").attr("id", "content").attr("class", "comment")));
        assertFalse(hints.unlikely(new Element("div")));
        assertEquals(-25, hints.weight(new Element("div").attr("class", "footer")));
        assertEquals(0, hints.weight(new Element("div").attr("class", "footer").attr("id", "article")));
        assertEquals(50, hints.weight(new Element("div").attr("class", "entry").attr("id", "post-1")));
        assertEquals(-25, hints.weight(new Element("div").attr("class", "x hid")));
        assertEquals(0, hints.weight(new Element("div").attr("class", "hidalgo")));
        assertTrue(hints.byline(new Element("span").attr("class", "Post-Author")));
        assertFalse(hints.byline(new Element("span").attr("id", "author")));
    }

    @Test
    void containsIgnoreCaseMatchesAnywhere() {
        assertTrue(Hints.containsIgnoreCase("social-SHARE-bar", "share"));
        assertTrue(Hints.containsIgnoreCase("share", "share"));
        assertFalse(Hints.containsIgnoreCase("shar", "share"));
        assertFalse(Hints.containsIgnoreCase("", "share"));
    }
}
