package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence.Where;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of an article's title, lead, body and categories as one stream of tokens, each with its
 * normalized form (lower case, accents folded), where it stands and its word position. Positions of
 * different fields (and of different categories) are far apart so that "near" never spans two
 * fields. A token is a run of letters and digits; dotted initials ("U.S.") form one token ("US").
 * Immutable after construction; not shared between threads.
 */
final class TextTokens {
    private static final int FIELD_GAP = 1_000;

    private String[] norm = new String[256];
    private String[] fieldText = new String[16];
    private int[] field = new int[256];
    private int[] start = new int[256];
    private int[] end = new int[256];
    private int[] pos = new int[256];
    private Where[] where = new Where[256];
    private final List<Where> fieldWhere = new ArrayList<>();
    private int size;
    private int nextPos;
    private int bodyWords;

    static TextTokens of(Article article) {
        TextTokens t = new TextTokens();
        t.add(article.title(), Where.TITLE);
        t.add(article.summary(), Where.LEAD);
        t.add(article.text(), Where.BODY);
        for (String category : article.categories()) {
            t.add(category, Where.CATEGORY);
        }
        return t;
    }

    /** Tokens of one phrase (a rule or gazetteer entry), all with where {@code BODY}. */
    static TextTokens ofPhrase(String phrase) {
        TextTokens t = new TextTokens();
        t.add(phrase, Where.BODY);
        return t;
    }

    int size() { return size; }
    int bodyWords() { return bodyWords; }
    String norm(int i) { return norm[i]; }
    Where where(int i) { return where[i]; }
    int position(int i) { return pos[i]; }

    /** The token as written (dots of initials removed). */
    String surface(int i) {
        String s = fieldText[field[i]].substring(start[i], end[i]);
        return s.indexOf('.') < 0 ? s : s.replace(".", "");
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}, as written. */
    String surface(int from, int to) {
        return fieldText[field[from]].substring(start[from], end[to - 1]);
    }

    boolean startsUpper(int i) {
        return Character.isUpperCase(fieldText[field[i]].codePointAt(start[i]));
    }

    boolean allUpper(int i) {
        String s = fieldText[field[i]];
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private void add(String text, Where w) {
        if (text == null || text.isBlank()) {
            return;
        }
        int f = fieldWhere.size();
        fieldWhere.add(w);
        if (f == fieldText.length) {
            fieldText = Arrays.copyOf(fieldText, f * 2);
        }
        fieldText[f] = text;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j = scanWord(text, i);
            push(text, f, i, j, w);
            i = j;
        }
        nextPos += FIELD_GAP;
    }

    /** End of the word starting at {@code i}; joins dotted initials such as "U.S." or "U.S.A.". */
    private static int scanWord(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        if (j == i + 1 && Character.isUpperCase(text.charAt(i))) {
            int k = j;
            while (k + 1 < n && text.charAt(k) == '.' && Character.isUpperCase(text.charAt(k + 1))
                    && (k + 2 == n || !Character.isLetterOrDigit(text.charAt(k + 2)))) {
                k += 2;
            }
            if (k > j) {
                return k < n && text.charAt(k) == '.' ? k + 1 : k;
            }
        }
        return j;
    }

    private void push(String text, int f, int from, int to, Where w) {
        if (size == norm.length) {
            grow();
        }
        norm[size] = normalize(text, from, to);
        field[size] = f;
        start[size] = from;
        end[size] = to;
        where[size] = w;
        pos[size] = nextPos++;
        size++;
        if (w == Where.BODY) {
            bodyWords++;
        }
    }

    private void grow() {
        int n = size * 2;
        norm = Arrays.copyOf(norm, n);
        field = Arrays.copyOf(field, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        pos = Arrays.copyOf(pos, n);
        where = Arrays.copyOf(where, n);
    }

    /** Lower case with accents removed and dots dropped: "Türkiye" → "turkiye", "U.S." → "us". */
    static String normalize(String text, int from, int to) {
        boolean simple = true;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128 || c == '.') {
                simple = false;
                break;
            }
        }
        String s = text.substring(from, to);
        if (simple) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(s.replace(".", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT);
    }
}
