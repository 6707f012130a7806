package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes a side-by-side layout in a plain-text dump. A text browser prints a page laid out in columns
 * (an article beside a sidebar of links) line by line across all of them, so that each line of the
 * article carries a piece of the sidebar at its end. Where many lines break at one display column after
 * a gap of spaces, and hardly any text runs across that column, the lines from the first to the last
 * such break are read as two columns: the left one first, then the right one. Stateless and thread-safe.
 */
final class Columns {

    /** Spaces that separate two columns (w3m leaves at least this many between table cells). */
    private static final int GAP = 3;
    /** Lines that must break at one column for it to be taken as a column edge. */
    private static final int MIN_BREAKS = 6;
    /** The narrowest the left column may be: an edge nearer the margin is an indent, not a column. */
    private static final int MIN_WIDTH = 10;

    private Columns() {
    }

    /**
     * The dump's lines, with the stretch that most lines break at one column in read as its left column
     * followed by its right one; the lines as they are when no column edge stands out.
     */
    static String[] unfold(String[] raw) {
        int edge = edge(raw);
        if (edge < 0) {
            return raw;
        }
        int first = -1;
        int last = -1;
        int breaks = 0;
        int tabular = 0;
        for (int i = 0; i < raw.length; i++) {
            int at = cut(raw[i], edge);
            if (at >= 0 && hasText(raw[i], 0, at)) {
                first = first < 0 ? i : first;
                last = i;
                breaks++;
                tabular += gaps(raw[i]) > 1 ? 1 : 0;
            }
        }
        // most lines that break at the edge break elsewhere too: a table of several columns, whose rows
        // must stay rows
        if (tabular * 10 > breaks * 3) {
            return raw;
        }
        // text across the edge inside the stretch: not columns but a page that happens to align
        int acrossInside = 0;
        int lines = 0;
        for (int i = first; i <= last; i++) {
            if (!raw[i].isBlank()) {
                lines++;
                acrossInside += cut(raw[i], edge) == ACROSS ? 1 : 0;
            }
        }
        if (breaks < MIN_BREAKS || acrossInside * 10 > lines) {
            return raw;
        }
        List<String> out = new ArrayList<>(Arrays.asList(raw).subList(0, first));
        List<String> right = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            int at = cut(raw[i], edge);
            if (at < 0 || raw[i].isBlank()) {
                out.add(raw[i].stripTrailing());
                if (!right.isEmpty() && !right.get(right.size() - 1).isEmpty()) {
                    right.add("");
                }
                continue;
            }
            out.add(raw[i].substring(0, at).stripTrailing());
            String rest = raw[i].substring(at).strip();
            if (!rest.isEmpty()) {
                right.add(rest);
            } else if (!right.isEmpty() && !right.get(right.size() - 1).isEmpty()) {
                right.add("");
            }
        }
        out.add("");
        out.addAll(right);
        out.add("");
        out.addAll(Arrays.asList(raw).subList(last + 1, raw.length));
        return out.toArray(String[]::new);
    }

    /** The line runs across the edge. */
    private static final int ACROSS = -2;

    /**
     * Where {@code line} can be cut at display column {@code edge}: the index of its first character at or
     * past the edge when the {@value #GAP} columns before it are blank; -1 when the line ends before the
     * edge's gap; {@link #ACROSS} when text runs across it.
     */
    static int cut(String line, int edge) {
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = width(cp);
            if (col + w > edge - GAP && col < edge && cp != ' ') {
                return ACROSS;
            }
            if (col >= edge) {
                return i;
            }
            col += w;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * The display column most lines break at after a gap of {@value #GAP} spaces or more, with text on both
     * sides, or -1 when fewer than {@value #MIN_BREAKS} lines break at any one column.
     */
    private static int edge(String[] raw) {
        int[] count = new int[256];
        for (String line : raw) {
            int col = 0;
            int spaces = 0;
            boolean text = false;
            for (int i = 0; i < line.length() && col < count.length; ) {
                int cp = line.codePointAt(i);
                if (cp == ' ') {
                    spaces++;
                } else {
                    if (text && spaces >= GAP && col >= MIN_WIDTH) {
                        count[col]++;
                    }
                    text = true;
                    spaces = 0;
                }
                col += width(cp);
                i += Character.charCount(cp);
            }
        }
        int best = -1;
        for (int c = 0; c < count.length; c++) {
            if (count[c] >= MIN_BREAKS && (best < 0 || count[c] > count[best])) {
                best = c;
            }
        }
        return best;
    }

    /** The number of gaps of {@value #GAP} spaces or more between two pieces of text on the line. */
    private static int gaps(String line) {
        int n = 0;
        int spaces = 0;
        boolean text = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                spaces++;
            } else {
                n += text && spaces >= GAP ? 1 : 0;
                text = true;
                spaces = 0;
            }
        }
        return n;
    }

    private static boolean hasText(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Display columns of a character in a fixed-width dump: two for the wide characters of Chinese,
     * Japanese and Korean (ideographs, kana, hangul, their punctuation and full-width forms), one for others.
     */
    static int width(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000 ? 2 : 1;
    }
}
