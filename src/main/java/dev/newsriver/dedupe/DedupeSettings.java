package dev.newsriver.dedupe;

import java.time.Duration;

/**
 * Thresholds and sizes for de-duplication; the reasoning behind the defaults is in docs/QUALITY.md.
 *
 * @param window               recent items kept in memory for near-duplicate lookup
 * @param signatureSize        MinHash functions per signature
 * @param bandRows             signature values per LSH band
 * @param duplicateThreshold   estimated Jaccard similarity from which two items are duplicates
 * @param shortDuplicate       the same, when the smaller text has fewer shingles than the signature has values
 *                             (the higher of the two applies)
 * @param containmentThreshold estimated share of the smaller text found in the other from which two items
 *                             are duplicates
 * @param openingContainment   the same share, enough for two items that open with the same paragraph
 * @param sameOpening          how much of their opening sketches two items must share to open alike
 * @param storyThreshold       estimated Jaccard similarity from which two items belong to one story
 * @param storyWindow          how long a story stays open to items on its subject after its last item
 * @param storyNames           key names an item must share with a story on its subject to join it
 */
public record DedupeSettings(int window, int signatureSize, int bandRows, double duplicateThreshold,
                             double shortDuplicate, double containmentThreshold, double openingContainment, double sameOpening,
                             double storyThreshold, Duration storyWindow, int storyNames) {

    public DedupeSettings {
        if (window < 1 || signatureSize < bandRows || bandRows < 1 || signatureSize % bandRows != 0) {
            throw new IllegalArgumentException("dedupe: window ≥ 1 and signature size a multiple of band rows");
        }
        for (double t : new double[] {duplicateThreshold, shortDuplicate, containmentThreshold, openingContainment, sameOpening,
                storyThreshold}) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("newsriver.dedupe: thresholds must be in (0, 1], not " + t);
            }
        }
        if (storyThreshold > duplicateThreshold || containmentThreshold <= storyThreshold) {
            throw new IllegalArgumentException("newsriver.dedupe: story-similarity (" + storyThreshold
                    + ") must be at most duplicate-similarity (" + duplicateThreshold
                    + ") and below duplicate-containment (" + containmentThreshold + ")");
        }
        if (openingContainment > containmentThreshold) {
            throw new IllegalArgumentException("newsriver.dedupe: opening-containment (" + openingContainment
                    + ") must be at most duplicate-containment (" + containmentThreshold + ")");
        }
        if (storyWindow == null || storyWindow.isNegative() || storyWindow.isZero() || storyNames < 1) {
            throw new IllegalArgumentException("newsriver.dedupe: story-window must be positive and story-names ≥ 1");
        }
    }

    /** The defaults: 128 MinHash values in bands of 2; the thresholds of application.yml. */
    public static DedupeSettings defaults(int window) {
        return of(window, 0.7, 0.8, 0.9, 0.75, 0.5, 0.2, Duration.ofDays(7), 2);
    }

    /** 128 MinHash values in bands of 2, with these thresholds. */
    public static DedupeSettings of(int window, double duplicateSimilarity, double shortDuplicateSimilarity,
                                    double duplicateContainment, double openingContainment, double sameOpening,
                                    double storySimilarity, Duration storyWindow, int storyNames) {
        return new DedupeSettings(window, 128, 2, duplicateSimilarity, shortDuplicateSimilarity, duplicateContainment,
                openingContainment, sameOpening, storySimilarity, storyWindow, storyNames);
    }

    /**
     * Whether two items are duplicates, from their estimated Jaccard similarity, the estimated share of the
     * smaller text found in the other and the agreement of their opening sketches: nearly the same text; or
     * one text nearly contained in the other (one article read through two paths, say a page and its text
     * dump, where one extraction kept more than the other); or mostly contained and opening with the same
     * paragraph and quoting the same figures. A report that repeats most of another under a new lead is the
     * same story, not a duplicate; two reports written from one template quote different figures.
     * When the smaller text has fewer shingles than the signature has values ({@code smaller}), most of its
     * bins are borrowed and the estimate is rough: briefs written from one template, differing in a few
     * numbers, can then look 0.7 alike by chance. Such pairs need {@code shortDuplicate} or the containment
     * bar; the opening rule, which leans on the estimate most, is not applied to them.
     */
    public boolean duplicates(double similarity, double containment, double opening, boolean sameNumbers,
                              int smaller) {
        if (smaller < signatureSize) {
            return similarity >= Math.max(shortDuplicate, duplicateThreshold)
                    || (similarity >= storyThreshold && containment >= containmentThreshold);
        }
        return similarity >= duplicateThreshold
                || (similarity >= storyThreshold && containment >= containmentThreshold)
                || (similarity >= storyThreshold && containment >= openingContainment && opening >= sameOpening
                    && sameNumbers);
    }
}
