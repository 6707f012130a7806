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
        if (words >= 25) {
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
        return i >= 0 && ".!?…:;".indexOf(t.charAt(i)) >= 0 && !t.endsWith(":");
    }

    /** Letters and digits only, lower-cased: what two renderings of the same line share. */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Number of whitespace-separated words. */
    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
