package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an item is about: capitalised words of its title and text that are used as names (at least
 * once not at the start of a sentence), less common capitalised words ("Ministry", "Monday") and the
 * words that made its region tags (two reports on Niger share "Niger" whether or not they tell one story).
 * Stateless and thread-safe.
 */
final class KeyNames {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
    private static final int MAX = 64;
    /** Capitalised words that name no one in particular. */
    private static final Set<String> COMMON = Set.of(("The This That These Those There Their They Then When What "
            + "Where While Which Who Why How With From After Before Since During About Also More Most Read Related "
            + "Share Follow Home News World Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
            + "February March April May June July August September October November December But And For Not Its "
            + "His Her Our Your All Some Many Any Each Other Such Only Just Even Still Now However Meanwhile "
            + "According Last First Second Third New Under Over Into Because Although Though Despite Without Within "
            + "Across Among Between Department Defense Defence Ministry Minister President Prime Government State "
            + "States Secretary Military National Command Air Force Army General Colonel Deputy Spokesman Official "
            + "Officials Exclusive Update Live Video Photo Breaking Report Reports Analysis Opinion Editorial Agency "
            + "Press Council Committee Office Authorities Sources Source Mr Mrs Ms Dr").split(" "));

    private KeyNames() {
    }

    /** Up to {@value #MAX} names, lower-cased, the most frequent first. */
    static Set<String> of(Article a) {
        Set<String> excluded = new HashSet<>();
        for (Tag t : a.tags()) {
            if (t.kind() != Tag.Kind.TOPIC) {
                for (Evidence e : t.evidence()) {
                    for (String w : e.text().split("[\\s-]+")) {
                        excluded.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                excluded.add(t.label() == null ? "" : t.label().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, int[]> counts = new HashMap<>(); // [uses, uses not at a sentence start]
        String text = (a.title() == null ? "" : a.title() + ".\n") + (a.text() == null ? "" : a.text());
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (COMMON.contains(word)) {
                continue;
            }
            String key = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (excluded.contains(key)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += sentenceStart(text, m.start()) ? 0 : 1;
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .sorted((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]))
                .limit(MAX).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '"' || c == '“' || c == '\'' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
        }
        return true;
    }

    /**
     * How far below the best score a tag still counts as main: scores near the top crowd together (0.97
     * and 1.00 both say "what the item is about"), and which of two such tags comes first is noise.
     */
    static final double MAIN_MARGIN = 0.05;

    /** Ids of the tags of {@code kind} scoring within {@link #MAIN_MARGIN} of the best, sorted; empty when none. */
    static List<String> main(Article a, Tag.Kind kind) {
        double best = a.tags().stream().filter(t -> t.kind() == kind).mapToDouble(Tag::score).max().orElse(-1);
        return a.tags().stream().filter(t -> t.kind() == kind && t.score() >= best - MAIN_MARGIN - 1e-9)
                .map(Tag::id).sorted().toList();
    }
}
