package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One logical line of a plain-text page dump: its text without the bullet marker, whether it was a
 * bullet item (or the indented continuation of one), and whether a blank line came before it.
 * Immutable. {@link #parse} also re-joins paragraphs that a fixed-width dump wrapped over several
 * lines.
 *
 * @param text        the trimmed text, without bullet marker
 * @param bullet      whether it is a bullet/numbered item or indented under one
 * @param marker      whether it carried the bullet marker itself (not a continuation)
 * @param blankBefore whether a blank line precedes it
 */
record Line(String text, boolean bullet, boolean marker, boolean blankBefore) {

    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[•□◦▪■‣*+]|\\d{1,3}[.)])\\s+");
    /** Dumps wrapped at a fixed width (w3m uses 100 columns) have no line longer than this. */
    private static final int WRAP_WIDTH = 99;
    /** An HTML tag left in a dump's text. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>");
    /** The narrowest width a text is taken to be wrapped at. */
    private static final int NARROWEST_WRAP = 40;

    /** Number of words, counting runs of non-space characters. */
    int words() {
        return Prose.words(text);
    }

    /** Reads a dump into non-blank logical lines. */
    static List<Line> parse(String dump) {
        String[] raw = Columns.unfold(dump.replace('\u00a0', ' ').replace("\r", "").split("\n", -1));
        int wrap = wrapWidth(raw);
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        boolean inBullet = false;
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i].stripTrailing();
            if (s.isBlank()) {
                blank = true;
                inBullet = false;
                continue;
            }
            Matcher m = BULLET.matcher(s);
            boolean marker = m.find();
            String text = (marker ? s.substring(m.end()) : s).strip();
            boolean bullet = marker || (inBullet && indent(s) > 0);
            StringBuilder joined = new StringBuilder(text);
            while (wrap > 0 && i + 1 < raw.length && continues(raw[i].stripTrailing(), raw[i + 1], wrap)) {
                i++;
                join(joined, raw[i].strip());
            }
            lines.add(new Line(joined.toString(), bullet, marker, blank));
            inBullet = bullet;
            blank = false;
        }
        return lines;
    }

    /**
     * The width the dump's text was wrapped at, or -1 when it was not: {@value #WRAP_WIDTH} when many lines
     * end just short of it and few pass it (a dump's own width); otherwise the width of a wall of lines
     * that end at one column with few past it (text wrapped narrower, as plain-text documents such as
     * RFCs are at 72, or by line breaks in the page).
     */
    static int wrapWidth(String[] raw) {
        int[] widths = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            // markup and long unbroken strings (a page's stray HTML, a link's tail) are not wrapped text
            String line = raw[i].strip();
            boolean stray = MARKUP.matcher(line).find()
                    || (line.length() > 40 && line.indexOf(' ') < 0 && line.chars().allMatch(c -> c < 128));
            widths[i] = line.isEmpty() || stray ? 0 : width(raw[i].stripTrailing());
        }
        if (wall(widths, WRAP_WIDTH, 12, 0)) {
            return WRAP_WIDTH;
        }
        for (int w = WRAP_WIDTH - 1; w >= NARROWEST_WRAP; w--) {
            // three lines or more within two columns of w: the wall; then the widest of them is the width
            if (wall(widths, w, 12, 3)) {
                int widest = 0;
                for (int x : widths) {
                    widest = x <= w ? Math.max(widest, x) : widest;
                }
                return widest;
            }
        }
        return -1;
    }

    /**
     * Whether at least 3 lines end within {@code band} columns short of {@code w}, at least {@code top} of them
     * within 2, and fewer than a fifth as many pass it.
     */
    private static boolean wall(int[] widths, int w, int band, int top) {
        int near = 0;
        int atTop = 0;
        int over = 0;
        for (int x : widths) {
            if (x > w) {
                over++;
            } else if (x >= w - band) {
                near++;
                atTop += x >= w - 2 ? 1 : 0;
            }
        }
        return near >= 3 && atTop >= top && over * 5 < near;
    }

    /** Whether {@code next} is the wrapped rest of {@code line}: its first word would not have fit in {@code wrap}. */
    private static boolean continues(String line, String next, int wrap) {
        int width = width(line);
        if (next.isBlank() || BULLET.matcher(next).find() || width < wrap - 30) {
            return false;
        }
        String first = next.strip().split("\\s+", 2)[0];
        int firstWidth = Prose.isCjk(first.charAt(0)) ? 2 : width(first);
        return width + 1 + firstWidth > wrap - 1;
    }

    /** Display width in a fixed-width dump: Chinese, Japanese and Korean characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Columns.width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Joins a wrapped continuation: with a space, except between two CJK characters. */
    private static void join(StringBuilder b, String next) {
        boolean cjk = b.length() > 0 && !next.isEmpty() && wide(b.charAt(b.length() - 1)) && wide(next.charAt(0));
        b.append(cjk ? "" : " ").append(next);
    }

    private static boolean wide(char c) {
        return Prose.isCjk(c) || "，。、；：？！「」『』（）《》“”".indexOf(c) >= 0;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
