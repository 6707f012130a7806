package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.dedupe.SimilarityIndex.Match;

/**
 * Decides, for each new item, whether it repeats a recent one and which story it belongs to.
 * <ul>
 *   <li>Exact copies (same normalized text) get the same content hash; the store's unique key keeps
 *       only the first.</li>
 *   <li>Near-duplicates ({@link DedupeSettings#duplicates}: estimated Jaccard similarity of word
 *       4-shingles at or above {@code duplicateThreshold}, or one text contained in the other to
 *       {@code containmentThreshold}, or to {@code openingContainment} when both open with the same
 *       paragraph; texts too short to fill the signature need {@code shortDuplicate} or the containment
 *       bar) are kept and linked: {@code duplicateOf} = the first item of the set.</li>
 *   <li>Items that overlap substantially (similarity at or above {@code storyThreshold}) join the
 *       matched item's story.</li>
 *   <li>Items that share their main countries and main topic and at least {@code storyNames} key names
 *       with a story active within {@code storyWindow} join that story ({@link StoryIndex}); any other item
 *       starts a story of its own.</li>
 * </ul>
 * Call {@link #classify} before storing and {@link #remember} with the stored item (its id assigned).
 * Thread-safe: both methods are synchronized, as the decision for one item depends on the items before it.
 */
public final class Deduplicator {
    private final Fingerprinter fingerprinter;
    private final SimilarityIndex index;
    private final DedupeSettings settings;
    private final StoryIndex stories;

    public Deduplicator(DedupeSettings settings) {
        this.fingerprinter = new Fingerprinter(settings.signatureSize());
        this.index = new SimilarityIndex(settings.window(), settings.bandRows(), settings.signatureSize());
        this.settings = settings;
        this.stories = new StoryIndex(settings.storyWindow(), settings.storyNames());
    }

    /**
     * A copy of {@code a} with its fingerprint: the costly part of de-duplication, which depends on the item
     * alone, so callers may run it for many items at once before {@link #classify} sees them one by one.
     */
    public Article fingerprint(Article a) {
        return a.toBuilder().fingerprint(fingerprinter.fingerprint(a)).build();
    }

    /**
     * Returns a copy of {@code a} with its fingerprint (the one {@link #fingerprint} gave it, else a new one),
     * story and duplicateOf set.
     */
    public synchronized Article classify(Article a) {
        Fingerprint fp = a.fingerprint() != null ? a.fingerprint() : fingerprinter.fingerprint(a);
        Match m = index.best(fp);
        Article.Builder out = a.toBuilder().fingerprint(fp).duplicateOf(null);
        if (m != null && m.similarity() >= settings.storyThreshold()) {
            out.story(m.story());
            if (isDuplicate(m)) {
                out.duplicateOf(m.duplicateOf() != null ? m.duplicateOf() : m.id());
            }
        } else {
            String bySubject = stories.match(a);
            out.story(bySubject != null ? bySubject : "s-" + fp.contentHash().substring(0, 12));
        }
        return out.build();
    }

    private boolean isDuplicate(Match m) {
        return settings.duplicates(m.similarity(), m.containment(), m.opening(), m.sameNumbers(), m.smaller());
    }

    /** Adds a stored item (id and fingerprint set) to the window of recent items; returns it. */
    public synchronized Article remember(Article stored) {
        index.add(new SimilarityIndex.Entry(stored.id(), stored.story(), stored.duplicateOf(), stored.fingerprint()));
        stories.add(stored);
        return stored;
    }

    /** Forgets an item remembered for a store transaction that did not commit. */
    public synchronized void forget(long id) {
        index.remove(id);
    }

    /** How many items the in-memory window holds now. */
    public synchronized int windowSize() {
        return index.size();
    }
}
