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
        for (double t : new double[] {duplicateThreshold, containmentThreshold, storyThreshold}) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("newsriver.dedupe: thresholds must be in (0, 1], not " + t);
            }
        }
        if (storyThreshold > duplicateThreshold || containmentThreshold <= storyThreshold) {
            throw new IllegalArgumentException("newsriver.dedupe: story-similarity (" + storyThreshold
                    + ") must be at most duplicate-similarity (" + duplicateThreshold
                    + ") and below duplicate-containment (" + containmentThreshold + ")");
        }
        if (storyWindow == null || storyWindow.isNegative() || storyWindow.isZero() || storyNames < 1) {
            throw new IllegalArgumentException("newsriver.dedupe: story-window must be positive and story-names ≥ 1");
        }
    }

    /** The defaults: 128 MinHash values in bands of 2; the thresholds of application.yml. */
    public static DedupeSettings defaults(int window) {
        return of(window, 0.7, 0.9, 0.2, java.time.Duration.ofDays(7), 2);
    }

    /** 128 MinHash values in bands of 2, with these thresholds. */
    public static DedupeSettings of(int window, double duplicateSimilarity, double duplicateContainment,
                                    double storySimilarity, java.time.Duration storyWindow, int storyNames) {
        return new DedupeSettings(window, 128, 2, duplicateSimilarity, duplicateContainment, storySimilarity,
                storyWindow, storyNames);
    }
}
