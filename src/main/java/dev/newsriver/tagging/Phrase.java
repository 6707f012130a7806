package dev.newsriver.tagging;

import java.util.Arrays;
import java.util.List;

/**
 * A phrase to look for, as normalized words plus a case rule per word. A word written as an acronym
 * ("US", "NATO") must appear in capitals exactly; with {@code capitalized} set, a word written with an
 * initial capital ("Chad") must appear capitalized too (so "chad" and "turkey" do not match), and
 * lower-case words ("of", "the") match in any case. Immutable and thread-safe.
 *
 * @param text  the phrase as configured
 * @param words the normalized words
 * @param rules per word: 0 any case, 1 initial capital, 2 all capitals
 * @param exact whether the phrase matches only as written, without plural or verb forms
 */
record Phrase(String text, List<String> words, byte[] rules, boolean exact) {
    private static final byte ANY = 0;
    private static final byte CAPITAL = 1;
    private static final byte ACRONYM = 2;

    /** Parses {@code text}; {@code capitalized} makes capitalized words require a capital in the text. */
    static Phrase of(String text, boolean capitalized) {
        return of(text, capitalized, false);
    }

    /** As {@link #of(String, boolean)}; an {@code exact} phrase gets no inflected variants. */
    static Phrase of(String text, boolean capitalized, boolean exact) {
        TextTokens t = TextTokens.ofPhrase(text);
        String[] words = new String[t.size()];
        byte[] rules = new byte[t.size()];
        for (int i = 0; i < t.size(); i++) {
            words[i] = t.norm(i);
            boolean letters = t.surface(i).codePoints().anyMatch(Character::isLetter);
            if (letters && t.surface(i).length() > 1 && t.allUpper(i)) {
                rules[i] = ACRONYM;
            } else if (capitalized && t.startsUpper(i)) {
                rules[i] = CAPITAL;
            } else {
                rules[i] = ANY;
            }
        }
        return new Phrase(text, List.of(words), rules, exact);
    }

    /** This phrase with other words, keeping the case rules (for inflected variants). */
    Phrase withWords(List<String> other) {
        return new Phrase(text, List.copyOf(other), rules, exact);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int length() {
        return words.size();
    }

    /** Whether the tokens from {@code from} satisfy the case rules (the words are already known to match). */
    boolean acceptsCase(TextTokens t, int from) {
        for (int k = 0; k < rules.length; k++) {
            byte rule = rules[k];
            if (rule == ACRONYM && !t.allUpper(from + k) || rule == CAPITAL && !t.startsUpper(from + k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase p && text.equals(p.text) && words.equals(p.words) && Arrays.equals(rules, p.rules)
                && exact == p.exact;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + words.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
