package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the furniture left inside the body run of a text dump: related-headline blocks, "Read also"
 * links, captions and credits, bullets that are not list items, repeats of the title or of earlier
 * lines. One instance serves one document; not thread-safe.
 */
final class BodyFilter {

    private final String titleKey;
    private final Set<String> seen = new HashSet<>();
    private final List<String> kept = new ArrayList<>();
    private boolean inRelated;
    private boolean skipNext;

    private final boolean lenient;

    /** A filter that drops repeats of {@code title}; a lenient one keeps bullet items too. */
    BodyFilter(String title, boolean lenient) {
        this.titleKey = title == null ? "" : Prose.key(title);
        this.lenient = lenient;
    }

    /** The lines of {@code run} that belong to the article; {@code offset} is its first line's index. */
    List<String> keep(List<Line> run, boolean[] ticker, int offset, Set<String> furniture) {
        String dropped = "";
        for (int i = 0; i < run.size(); i++) {
            Line line = run.get(i);
            if (ticker[offset + i] || !accept(line, furniture)) {
                dropped = line.bullet() ? Prose.key(line.text()) : dropped;
                continue;
            }
            String key = Prose.key(line.text());
            // a caption repeating the dropped line before it; a paragraph that merely names it (a numbered
            // item's title, "20) Faces Places", above its review) is no caption
            boolean caption = !dropped.isEmpty() && key.length() > 20
                    && (dropped.contains(key) || (key.contains(dropped) && dropped.length() * 2 >= key.length()));
            boolean repeat = !Prose.sentence(line.text(), line.words()) && !seen.add(key);
            if (!caption && !key.isEmpty() && !key.equals(titleKey) && !repeat) {
                kept.add(line.text());
            }
            dropped = "";
        }
        return kept;
    }

    private boolean accept(Line line, Set<String> furniture) {
        String text = line.text();
        int words = line.words();
        boolean sentence = Prose.sentence(text, words);
        if (skipNext) {
            skipNext = false;
            return false;
        }
        if (LineRules.matches(LineRules.LINKED_NEXT, text)) {
            skipNext = true;
            return false;
        }
        if (LineRules.matches(LineRules.RELATED, text)) {
            inRelated = true;
            return false;
        }
        if (inRelated && (!sentence || line.bullet())) {
            return false;
        }
        inRelated = false;
        if (LineRules.furniture(text) || LineRules.matches(LineRules.CREDIT, text)
                || LineRules.matches(LineRules.PLACEHOLDER, text)) {
            return false;
        }
        if (!sentence && furniture.contains(Prose.key(text))) {
            return false;
        }
        return !line.bullet() || lenient || words >= 3;
    }
}
