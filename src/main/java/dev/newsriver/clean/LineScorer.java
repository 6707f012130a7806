package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the lines of a text dump for how much they read as the article: prose counts for by its
 * length; bullets, tickers, labels and learned template lines count against; a header such as "Most
 * Read" costs so much that only a long stretch of prose after it carries the body on. Lines of a paragraph that a dump broke over several short
 * lines count for, at half weight. Stateless and thread-safe.
 */
final class LineScorer {

    static final int WALL = -60;
    static final int HARD_WALL = -200;

    private LineScorer() {
    }

    /** One score per line. */
    static int[] score(List<Line> lines, boolean[] ticker, Set<String> furniture) {
        boolean[] prose = proseBlocks(lines);
        boolean[] code = codeBlocks(lines);
        boolean[] list = longLists(lines);
        boolean[] river = teaserRivers(lines);
        int[] scores = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            scores[i] = river[i] ? HARD_WALL : score(lines.get(i), ticker[i], prose[i], furniture);
            if (list[i] && scores[i] < 0 && scores[i] > -5) {
                scores[i] = 1; // an item of a long list of statements: a change log, a list of steps
            }
            if (code[i] && scores[i] < 0 && scores[i] > WALL) {
                scores[i] = 0; // a program listing in the article: it neither ends the body nor makes one
            }
        }
        return scores;
    }

    /** Headlines printed twice (image text, then link) that make a river of teasers: this many or more… */
    private static final int TEASERS = 3;
    /** … within this many lines. */
    private static final int TEASER_SPAN = 40;
    /** A time of day opening a ticker item: "14:44", "9h05". */
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:h][0-5]\\d\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Marks the teasers of rivers of teasers for other stories. A text browser prints a teaser's headline
     * twice, as its picture's text and as its link, on consecutive lines (or around the picture's
     * placeholder). {@value #TEASERS} such headlines (short, not ending like a sentence, as a caption does)
     * within {@value #TEASER_SPAN} lines are a river; so are three items of a live ticker, list items that
     * open with a time of day. Each teaser of a river walls off what lies between it and the next, so that
     * an article above or below the river ends at it, and no summary, however much prose it holds, joins
     * the article.
     */
    static boolean[] teaserRivers(List<Line> lines) {
        List<Integer> twice = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String[] lineKeys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lineKeys[i] = Prose.key(lines.get(i).text());
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            int words = lines.get(i).words();
            String key = lineKeys[i];
            // a headline has words: not a table's row ("2 │ f") or a label
            if (words < 3 || words > 25 || key.length() < 12 || Prose.endsSentence(text)) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(lines.size() - 1, i + 2); j++) {
                // the twin is the next line, or the one after a picture's placeholder ("[thumb]"); a picture's
                // text repeated under every picture ("Image for post") is not a headline
                boolean between = j == i + 1 || LineRules.matches(LineRules.PLACEHOLDER, lines.get(i + 1).text());
                if (between && lineKeys[j].equals(key) && keys.add(key)) {
                    twice.add(i);
                    break;
                }
            }
        }
        List<Integer> headlines = new ArrayList<>();
        for (int i : twice) {
            if (!inSeries(lines, twice, i)) {
                headlines.add(i);
            }
        }
        // a live ticker's items, each a list item opening with its time ("14:44 Accusations de viols…"), are
        // teasers too
        Set<Integer> listed = new HashSet<>(headlines);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).marker() && CLOCK.matcher(lines.get(i).text()).lookingAt() && listed.add(i)) {
                headlines.add(i);
            }
        }
        headlines.sort(null);
        boolean[] items = new boolean[lines.size()];
        for (int k = 0; k + TEASERS - 1 < headlines.size(); k++) {
            if (headlines.get(k + TEASERS - 1) - headlines.get(k) <= TEASER_SPAN) {
                for (int m = k; m < k + TEASERS; m++) {
                    items[headlines.get(m)] = true;
                }
            }
        }
        return items;
    }

    /**
     * Whether the line printed twice at {@code i} shares half its words or more with another such line near
     * it: the captions of a series of figures ("Errors in March", "Errors in April"), where other stories'
     * headlines have little in common.
     */
    private static boolean inSeries(List<Line> lines, List<Integer> twice, int i) {
        Set<String> words = words(lines.get(i).text());
        for (int j : twice) {
            if (j != i && Math.abs(j - i) <= TEASER_SPAN) {
                Set<String> common = words(lines.get(j).text());
                int other = common.size();
                common.retainAll(words);
                if (common.size() * 2 >= Math.min(words.size(), other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The distinct words of a line, lower-cased, in any script. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(List.of(NON_WORD.split(text.toLowerCase(Locale.ROOT))));
        words.remove("");
        return words;
    }

    /** Items in a list that makes a text: this many in a row or more. */
    private static final int LONG_LIST = 15;
    /** The words its items average, at least: menus and headline lists hold fewer items or shorter ones. */
    private static final int LIST_ITEM_WORDS = 6;

    /**
     * Marks the items of long lists of statements: {@value #LONG_LIST} bullet items or more in a row
     * averaging {@value #LIST_ITEM_WORDS} words or more. A menu's items are a word or two; a list of related
     * headlines seldom runs past ten.
     */
    private static boolean[] longLists(List<Line> lines) {
        boolean[] list = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int items = 0;
            int words = 0;
            while (j < lines.size() && lines.get(j).bullet()) {
                items += lines.get(j).marker() ? 1 : 0;
                words += lines.get(j).words();
                j++;
            }
            if (items >= LONG_LIST && words >= items * LIST_ITEM_WORDS) {
                Arrays.fill(list, i, j, true);
            }
            i = Math.max(j, i + 1);
        }
        return list;
    }

    /**
     * Marks the lines of program listings: runs of three or more lines, most of them code-like, the others
     * short (a listing's own short lines, such as "if (!target)" or "</html>").
     */
    private static boolean[] codeBlocks(List<Line> lines) {
        boolean[] code = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int codeLike = 0;
            while (j < lines.size()) {
                String text = lines.get(j).text();
                boolean like = LineRules.matches(LineRules.CODE, text);
                if (!like && lines.get(j).words() > 6) {
                    break;
                }
                codeLike += like ? 1 : 0;
                j++;
            }
            if (codeLike >= 3 && codeLike * 2 >= j - i) {
                Arrays.fill(code, i, j, true);
            }
            i = Math.max(j, i + 1);
        }
        return code;
    }

    private static int score(Line line, boolean ticker, boolean inProse, Set<String> furniture) {
        String text = line.text();
        if (LineRules.matches(LineRules.HARD_STOP, text)) {
            return HARD_WALL;
        }
        if (LineRules.stop(text)) {
            return WALL;
        }
        if (ticker || LineRules.furniture(text)) {
            return -5;
        }
        if (LineRules.matches(LineRules.PLACEHOLDER, text)) {
            return 0;
        }
        int words = line.words();
        boolean sentence = Prose.sentence(text, words);
        if (furniture.contains(Prose.key(text)) && !sentence) {
            return -5;
        }
        if (line.bullet()) {
            return sentence ? words / 2 : -2;
        }
        if (sentence) {
            return words;
        }
        return inProse && words >= 3 ? words / 2 : -3;
    }

    /**
     * Marks the lines, other than the first, of runs of plain lines with no blank between them that
     * together read as prose (30 words or more, two sentence ends or more).
     */
    private static boolean[] proseBlocks(List<Line> lines) {
        boolean[] prose = new boolean[lines.size()];
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).blankBefore() || lines.get(i).bullet()) {
                markIfProse(lines, start, i, prose);
                start = i;
            }
        }
        return prose;
    }

    private static void markIfProse(List<Line> lines, int from, int to, boolean[] prose) {
        if (to - from < 2) {
            return;
        }
        int words = 0;
        int ends = 0;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            words += lines.get(i).words();
            ends += Prose.endsSentence(text) || text.contains(". ") ? 1 : 0;
        }
        if (words >= 30 && ends >= 2) {
            for (int i = from + 1; i < to; i++) {
                prose[i] = true;
            }
        }
    }
}
