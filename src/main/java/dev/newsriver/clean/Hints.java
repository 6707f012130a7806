package dev.newsriver.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: furniture ("sidebar", "comment"), content ("article",
 * "entry"), or nothing. Word lists are matched as substrings of the lower-cased names, as
 * Readability's patterns do; answers are cached per distinct class or id string, so one instance
 * serves one document. Not thread-safe.
 */
final class Hints {

    static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "consent",
            "mostread", "most-read", "trending", "sharebar", "share-bar");
    static final List<String> MAYBE = List.of("and", "article", "body", "column", "content", "main", "mathjax",
            "shadow");
    static final List<String> NEGATIVE = List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
            "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget");
    static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story");

    /** Class names of the elements that hold a byline. */
    static final List<String> BYLINE = List.of("byline", "by-line", "author");

    /** Bits {@link #WORDS} reports: a word of each list. */
    private static final int FURNITURE = 1;
    private static final int MAY_BE_CONTENT = 2;
    private static final int NEGATIVE_WORD = 4;
    private static final int POSITIVE_WORD = 8;
    /** Where {@link #facts} keeps the weight (+ 25), above the word bits. */
    private static final int WEIGHT_SHIFT = 4;
    private static final Automaton WORDS = new Automaton(Map.of(UNLIKELY, FURNITURE, MAYBE, MAY_BE_CONTENT,
            NEGATIVE, NEGATIVE_WORD, POSITIVE, POSITIVE_WORD));
    private static final Automaton BYLINE_WORDS = new Automaton(Map.of(BYLINE, 1));

    /** What each distinct class or id string says: the word bits, and its weight + 25 above them. */
    private final Map<String, Integer> facts = new HashMap<>(1024);

    /**
     * Whether class and id name furniture and nothing that may be content. No listed word holds a
     * space, so reading class and id apart gives the answer for the two read together.
     */
    boolean unlikely(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        int both = facts(e.className()) | facts(e.id());
        return (both & FURNITURE) != 0 && (both & MAY_BE_CONTENT) == 0;
    }

    /** +25 for a class or id that hints at content, -25 for one that hints at furniture. */
    int weight(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        return (facts(e.className()) >> WEIGHT_SHIFT) - 25 + (facts(e.id()) >> WEIGHT_SHIFT) - 25;
    }

    /** Whether the class names a byline ("byline", "author"); read afresh, as few elements are asked. */
    boolean byline(Element e) {
        return e.attributesSize() > 0 && BYLINE_WORDS.find(e.className()) != 0;
    }

    private int facts(String hint) {
        if (hint.isEmpty()) {
            return 25 << WEIGHT_SHIFT;
        }
        Integer known = facts.get(hint);
        if (known == null) {
            int words = WORDS.find(hint);
            known = words | (weigh(hint, words) + 25) << WEIGHT_SHIFT;
            facts.put(hint, known);
        }
        return known;
    }

    /** Whether {@code s} contains {@code lowerWord}, a lower-case ASCII word, ignoring case. */
    static boolean containsIgnoreCase(String s, String lowerWord) {
        int last = s.length() - lowerWord.length();
        char first = lowerWord.charAt(0);
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || (c | 0x20) == first) && s.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    /** The weight of a single class or id string, given the {@link #WORDS} found in it. */
    private static int weigh(String hint, int words) {
        boolean hidden = hint.equalsIgnoreCase("hid") || hint.regionMatches(true, 0, "hid ", 0, 4)
                || hint.regionMatches(true, hint.length() - 4, " hid", 0, 4) || containsIgnoreCase(hint, " hid ");
        return ((words & NEGATIVE_WORD) != 0 || hidden ? -25 : 0) + ((words & POSITIVE_WORD) != 0 ? 25 : 0);
    }

    /**
     * Finds which lists have a word inside a string, ignoring ASCII case, in one pass over its
     * characters (Aho–Corasick). Every word is lower-case ASCII; any other character matches none.
     * Immutable and thread-safe once built.
     */
    static final class Automaton {
        private static final int ASCII = 128;
        private static final int SHIFT = 7;
        /** What each state has found: the bits of the lists of the words ending there. */
        private final int[] found;
        /** The move from each state on each ASCII character, upper case folded in; a state is its row's offset. */
        private final int[] table;

        /** {@code lists}: each list of words with the bit it reports. */
        Automaton(Map<List<String>, Integer> lists) {
            List<int[]> edges = new ArrayList<>();
            List<Integer> bits = new ArrayList<>();
            edges.add(new int[ASCII]);
            bits.add(0);
            lists.forEach((words, bit) -> {
                for (String word : words) {
                    int node = 0;
                    for (int i = 0; i < word.length(); i++) {
                        char c = word.charAt(i);
                        if (c >= ASCII || Character.isUpperCase(c)) {
                            throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
                        }
                        if (edges.get(node)[c] == 0) {
                            edges.get(node)[c] = edges.size();
                            edges.add(new int[ASCII]);
                            bits.add(0);
                        }
                        node = edges.get(node)[c];
                    }
                    bits.set(node, bits.get(node) | bit);
                }
            });
            int[][] next = edges.toArray(new int[0][]);
            found = bits.stream().mapToInt(Integer::intValue).toArray();
            link(next);
            table = new int[next.length << SHIFT];
            for (int node = 0; node < next.length; node++) {
                for (int c = 0; c < ASCII; c++) {
                    int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                    table[(node << SHIFT) + c] = next[node][lower] << SHIFT;
                }
            }
        }

        /** Turns the trie into the automaton: missing edges follow the longest proper suffix that is in it. */
        private void link(int[][] next) {
            int[] fail = new int[next.length];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < ASCII; c++) {
                if (next[0][c] != 0) {
                    queue.add(next[0][c]);
                }
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                found[node] |= found[fail[node]];
                for (int c = 0; c < ASCII; c++) {
                    int child = next[node][c];
                    if (child == 0) {
                        next[node][c] = next[fail[node]][c];
                    } else {
                        fail[child] = next[fail[node]][c];
                        queue.add(child);
                    }
                }
            }
        }

        /** The bits of every list with a word in {@code s}. */
        int find(String s) {
            int state = 0;
            int bits = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= ASCII) {
                    state = 0;
                    continue;
                }
                state = table[state + c];
                bits |= found[state >>> SHIFT];
            }
            return bits;
        }
    }
}
