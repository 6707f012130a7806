package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence.Where;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of an article's title, lead, body and categories as one stream of tokens, each with the
 * {@link Vocabulary} id of its normalized form (lower case, accents folded; -1 for a word no phrase
 * uses), where it stands and its word position. Phrases are tokenized the same way but keep their
 * normalized words as text. Positions of different fields (and of different categories) are far
 * apart so that "near" never spans two fields. A token is a run of letters and digits; dotted
 * initials ("U.S.") form one token ("US"). Not shared between threads: an article's tokens live in
 * buffers the thread reuses for its next article (tokenizing allocated more than the rest of tagging), so
 * they are read only until the thread tokenizes again.
 */
final class TextTokens {
    private static final int FIELD_GAP = 1_000;
    private static final Where[] WHERE = Where.values();

    /** Articles up to this many tokens use the thread's buffers; longer ones get buffers of their own. */
    private static final int REUSED_TOKENS = 1 << 15;
    /** Per ASCII character, its digit in a packed word ({@link Vocabulary#code}); 0 ends a plain word. */
    private static final byte[] CODE = new byte[128];

    static {
        for (char c = 0; c < CODE.length; c++) {
            CODE[c] = (byte) Vocabulary.code(c);
        }
    }

    private static final ThreadLocal<TextTokens> REUSED = ThreadLocal.withInitial(() -> new TextTokens(null, 1024));

    private Vocabulary vocabulary;
    private String[] norm;
    private int[] id;
    /** The indexes of the tokens that are in the vocabulary (id ≥ 0), in order: all a trie walk can start at. */
    private int[] known;
    private int knownCount;
    /** The text of every field, one after another; tokens' start and end index it. */
    private char[] chars = new char[4096];
    private int length;
    private int[] start;
    private int[] end;
    private int[] pos;
    private int[] paragraph;
    private int paragraphs;
    /** Per token, the ordinal of its {@link Where} (bytes: storing references costs a GC barrier each). */
    private byte[] where;
    private int size;
    private int nextPos;
    private int bodyWords;

    private TextTokens(Vocabulary vocabulary, int capacity) {
        this.vocabulary = vocabulary;
        this.norm = vocabulary == null ? new String[capacity] : null;
        id = new int[capacity];
        known = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        pos = new int[capacity];
        paragraph = new int[capacity];
        where = new byte[capacity];
    }

    /** The tokens of an article, as ids of {@code vocabulary}. */
    static TextTokens of(Article article, Vocabulary vocabulary) {
        int capacity = 16 + (length(article.title()) + length(article.summary()) + length(article.text())) / 5;
        TextTokens t = capacity <= REUSED_TOKENS ? REUSED.get().reset(vocabulary) : new TextTokens(vocabulary, capacity);
        t.add(article.title(), Where.TITLE);
        // a cleaned page's lead is a paragraph of its body: it counts once, as body, not as a second text
        if (leadInBody(article.summary(), article.text()) < 0) {
            t.add(article.summary(), Where.LEAD);
        }
        t.add(article.text(), Where.BODY);
        for (String category : article.categories()) {
            t.add(category, Where.CATEGORY);
        }
        return t;
    }

    /** Where the lead stands in the body as a paragraph of its own, or -1. */
    static int leadInBody(String lead, String body) {
        if (lead == null || lead.isBlank() || body == null) {
            return -1;
        }
        int n = lead.length();
        // only the start of each line can hold it: compare there instead of searching every character
        int at = 0;
        while (at + n <= body.length()) {
            if (body.startsWith(lead, at) && (at + n == body.length() || body.charAt(at + n) == '\n')) {
                return at;
            }
            int next = body.indexOf('\n', at);
            if (next < 0) {
                return -1;
            }
            at = next + 1;
        }
        return -1;
    }

    /** Tokens of one phrase (a rule or gazetteer entry), all with where {@code BODY}. */
    static TextTokens ofPhrase(String phrase) {
        TextTokens t = new TextTokens(null, 8);
        t.add(phrase, Where.BODY);
        return t;
    }

    /** Empties the tokens for another article, keeping the buffers. */
    private TextTokens reset(Vocabulary v) {
        vocabulary = v;
        norm = null;
        length = 0;
        paragraphs = 0;
        size = 0;
        knownCount = 0;
        nextPos = 0;
        bodyWords = 0;
        return this;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    int size() { return size; }
    /** How many tokens are in the vocabulary. */
    int knownCount() { return knownCount; }
    /** The index of the {@code k}th token that is in the vocabulary. */
    int known(int k) { return known[k]; }
    int bodyWords() { return bodyWords; }
    /** The normalized word (phrases only). */
    String norm(int i) { return norm[i]; }
    /** The vocabulary id of the word, -1 if no phrase uses it (articles only). */
    int id(int i) { return id[i]; }
    Where where(int i) { return WHERE[where[i]]; }
    int position(int i) { return pos[i]; }
    /** The number of the paragraph of the body the token is in (lines of the body), from 0. */
    int paragraph(int i) { return paragraph[i]; }

    /** The token as written (dots of initials removed). */
    String surface(int i) {
        String s = new String(chars, start[i], end[i] - start[i]);
        return s.indexOf('.') < 0 ? s : s.replace(".", "");
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}, as written. */
    String surface(int from, int to) {
        return new String(chars, start[from], end[to - 1] - start[from]);
    }

    /** Whether token {@code i + 1} follows token {@code i} on one line with only a comma (and spaces) between. */
    boolean commaAfter(int i) {
        int b = i + 1;
        if (b >= size || where[i] != where[b] || paragraph[i] != paragraph[b]) {
            return false;
        }
        boolean comma = false;
        for (int k = end[i]; k < start[b]; k++) {
            char c = chars[k];
            if (c == ',' && !comma) {
                comma = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return comma;
    }

    /** Whether token {@code i} ends with a dot or is followed directly by one ("N.H.", "Ind."). */
    boolean dotAfter(int i) {
        return chars[end[i] - 1] == '.' || end[i] < length && chars[end[i]] == '.';
    }

    /** Whether token {@code i} is written exactly {@code word}. */
    boolean is(int i, String word) {
        if (end[i] - start[i] != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (chars[start[i] + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean startsUpper(int i) {
        char c = chars[start[i]];
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(Character.codePointAt(chars, start[i], end[i]));
    }

    /** Whether the token has no lower-case letter ("US", "NATO", "CO2"). */
    boolean allUpper(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            char c = chars[k];
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private void add(String value, Where w) {
        if (value == null || value.isBlank()) {
            return;
        }
        int n = value.length();
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }
        value.getChars(0, n, chars, length);
        char[] text = chars;
        int i = length;
        int limit = length + n;
        length = limit;
        int before = size;
        while (i < limit) {
            char c = text[i];
            if (isWordChar(text, i, limit)) {
                i = word(text, limit, i, w);
            } else {
                if (c == '\n' && w == Where.BODY) {
                    paragraphs++;
                }
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
        }
        if (w == Where.BODY) {
            bodyWords += size - before;
        }
        nextPos += FIELD_GAP;
    }

    /**
     * Reads the word starting at {@code i} and returns its end. Plain ASCII words, the most common,
     * are {@linkplain Vocabulary#pack packed} for the vocabulary in the same pass; words with other
     * letters and dotted initials take {@link #scanWord} and the general lookup.
     */
    private int word(char[] text, int limit, int i, Where w) {
        long key = 0;
        int j = i;
        while (j < limit) {
            char c = text[j];
            int code = c < 128 ? CODE[c] : 0;
            if (code == 0) {
                break;
            }
            key = key << 6 | code;
            j++;
        }
        if (j < limit && (text[j] == '.' && j == i + 1 && Character.isUpperCase(text[i])
                || text[j] >= 128 && Character.isLetterOrDigit(Character.codePointAt(text, j, limit)))) {
            j = scanWord(text, i, limit);
            push(i, j, w, vocabulary == null ? -1 : vocabulary.find(text, i, j));
        } else {
            push(i, j, w, vocabulary == null ? -1
                    : j - i <= Vocabulary.PACKED_LENGTH ? vocabulary.findPacked(key) : vocabulary.find(text, i, j));
        }
        return j;
    }

    /** End of the word starting at {@code i}; joins dotted initials such as "U.S." or "U.S.A.". */
    private static int scanWord(char[] text, int i, int n) {
        int j = i;
        while (j < n && isWordChar(text, j, n)) {
            j += Character.isHighSurrogate(text[j]) ? 2 : 1;
        }
        if (j == i + 1 && Character.isUpperCase(text[i])) {
            int k = j;
            while (k + 1 < n && text[k] == '.' && Character.isUpperCase(text[k + 1])
                    && (k + 2 == n || !Character.isLetterOrDigit(text[k + 2]))) {
                k += 2;
            }
            if (k > j) {
                return k < n && text[k] == '.' ? k + 1 : k;
            }
        }
        return j;
    }

    /** Whether the character at {@code i} is a letter or digit; ASCII is read off the table of packed digits. */
    private static boolean isWordChar(char[] text, int i, int limit) {
        char c = text[i];
        return c < 128 ? CODE[c] != 0 : Character.isLetterOrDigit(Character.codePointAt(text, i, limit));
    }

    /** Appends the token {@code chars[from, to)}, whose vocabulary id is {@code found} (phrases: -1). */
    private void push(int from, int to, Where w, int found) {
        if (size == id.length) {
            grow();
        }
        if (vocabulary == null) {
            if (norm == null) {
                norm = new String[id.length];
            }
            norm[size] = normalize(new String(chars, from, to - from));
        }
        id[size] = found;
        if (found >= 0) {
            known[knownCount++] = size;
        }
        start[size] = from;
        end[size] = to;
        where[size] = (byte) w.ordinal();
        pos[size] = nextPos++;
        paragraph[size] = paragraphs;
        size++;
    }

    private void grow() {
        int n = Math.max(16, size * 2);
        id = Arrays.copyOf(id, n);
        known = Arrays.copyOf(known, n);
        if (norm != null) {
            norm = Arrays.copyOf(norm, n);
        }
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        pos = Arrays.copyOf(pos, n);
        paragraph = Arrays.copyOf(paragraph, n);
        where = Arrays.copyOf(where, n);
    }

    /** Lower case with accents removed and dots dropped: "Türkiye" → "turkiye", "U.S." → "us". */
    static String normalize(String word) {
        boolean simple = true;
        for (int k = 0; k < word.length() && simple; k++) {
            simple = word.charAt(k) < 128 && word.charAt(k) != '.';
        }
        if (simple) {
            return word.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(word.replace(".", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT);
    }
}
