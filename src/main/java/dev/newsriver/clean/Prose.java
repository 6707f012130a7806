package dev.newsriver.clean;

import java.util.Locale;

/**
 * Small judgements about a piece of text: does it read as a sentence, how to compare two lines.
 * Stateless and thread-safe.
 */
final class Prose {

    private Prose() {
    }

    /** Whether the text reads as running prose rather than a label, headline or link. */
    static boolean sentence(String text, int words) {
        if (words >= 25 || cjk(text) >= 24) {
            return true;
        }
        return words >= 8 && endsSentence(text);
    }

    /** Whether the text ends like a sentence (full stop, question, quote after punctuation…). */
    static boolean endsSentence(String text) {
        String t = text.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’»)]*".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;。！？".indexOf(t.charAt(i)) >= 0 && !t.endsWith(":");
    }

    /** Letters and digits only, lower-cased: what two renderings of the same line share. */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Number of words: whitespace-separated tokens, where a run of Chinese, Japanese or Korean
     * characters counts one word per two characters.
     */
    static int words(String text) {
        int words = 0;
        int cjk = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCjk(c)) {
                cjk++;
                inToken = false;
            } else if (Character.isWhitespace(c)) {
                inToken = false;
            } else if (!inToken) {
                words++;
                inToken = true;
            }
        }
        return words + (cjk + 1) / 2;
    }

    /** Number of Chinese, Japanese and Korean characters. */
    static int cjk(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += isCjk(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean isCjk(char c) {
        if (c < '\u1100') {
            return false; // below Hangul Jamo, the first block of these scripts: Latin, Cyrillic, Arabic…
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** White space as a regular expression's {@code \s} reads it: space, tab, line feed, VT, form feed, return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
