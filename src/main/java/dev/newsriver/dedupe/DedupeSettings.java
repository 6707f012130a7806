package dev.newsriver.dedupe;

/**
 * Thresholds and sizes for de-duplication; the reasoning behind the defaults is in docs/QUALITY.md.
 *
 * @param window             recent items kept in memory for near-duplicate lookup
 * @param signatureSize      MinHash functions per signature
 * @param bandRows           signature values per LSH band
 * @param duplicateThreshold estimated Jaccard similarity from which two items are the same story text
 * @param containmentThreshold estimated share of the smaller text found in the other from which two items
 *                             are duplicates
 * @param storyThreshold     estimated Jaccard similarity from which two items belong to one story
 * @param storyWindow        how long a story stays open to items on its subject after its last item
 * @param storyNames         key names an item must share with a story on its subject to join it
 */
public record DedupeSettings(int window, int signatureSize, int bandRows, double duplicateThreshold,
                             double containmentThreshold, double storyThreshold, java.time.Duration storyWindow,
                             int storyNames) {

    public DedupeSettings {
        if (window < 1 || signatureSize < bandRows || bandRows < 1 || signatureSize % bandRows != 0) {
            throw new IllegalArgumentException("dedupe: window ≥ 1 and signature size a multiple of band rows");
        }
        if (storyThreshold > duplicateThreshold || containmentThreshold <= storyThreshold) {
            throw new IllegalArgumentException("dedupe: the story threshold must be the lowest");
        }
    }

    public static DedupeSettings defaults(int window) {
        return new DedupeSettings(window, 128, 2, 0.8, 0.9, 0.2, java.time.Duration.ofDays(7), 2);
    }
}
