package dev.newsriver.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Simple English inflection of rule phrases: "troop" also matches "troops", "withdraw" also
 * "withdraws", "withdrawing", "withdrawn"; "sanction" also "sanctions", "sanctioned". Irregular forms
 * ("withdrew") are listed in the rules themselves. Stateless and thread-safe.
 */
final class Inflections {
    private static final int MAX_VARIANTS = 64;

    private Inflections() {
    }

    /** The phrase and its inflected variants (every word varied, at most 64 combinations); an exact phrase alone. */
    static List<Phrase> variants(Phrase phrase) {
        if (phrase.exact()) {
            return List.of(phrase);
        }
        List<List<String>> combos = List.of(List.of());
        for (int k = 0; k < phrase.length(); k++) {
            boolean acronym = phrase.rules()[k] == 2;
            Set<String> forms = acronym ? Set.of(phrase.words().get(k)) : forms(phrase.words().get(k));
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combos) {
                for (String form : forms) {
                    if (next.size() < MAX_VARIANTS) {
                        List<String> words = new ArrayList<>(prefix);
                        words.add(form);
                        next.add(words);
                    }
                }
            }
            combos = next;
        }
        return combos.stream().map(phrase::withWords).toList();
    }

    /** The word and its regular forms; words shorter than three letters or with digits stay as they are. */
    static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return out;
        }
        String stem = stem(word);
        out.add(stem);
        boolean e = stem.endsWith("e");
        String bare = e ? stem.substring(0, stem.length() - 1) : stem;
        if (stem.endsWith("y") && !isVowel(stem.charAt(stem.length() - 2))) {
            String root = stem.substring(0, stem.length() - 1);
            out.add(root + "ies");
            out.add(root + "ied");
        } else if (stem.matches(".*(s|x|z|ch|sh)")) {
            out.add(stem + "es");
        } else {
            out.add(stem + "s");
        }
        out.add(bare + "ed");
        out.add(bare + "ing");
        if (stem.endsWith("aw") || stem.endsWith("ow")) {
            out.add(stem + "n");
        }
        return out;
    }

    /** Strips a plural or verb ending: "troops" → "troop", "elections" → "election", "crises" stays. */
    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
