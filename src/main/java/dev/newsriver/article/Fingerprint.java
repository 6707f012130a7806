package dev.newsriver.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * What de-duplication knows of an item's text: an exact hash of its normalized words, a MinHash
 * signature of its word shingles for near-duplicate and story detection, and how many shingles it has.
 *
 * @param contentHash hex SHA-256 of the normalized text; equal hashes mean the same text
 * @param minhash     MinHash signature (one minimum per hash function); empty when the text is too short
 * @param shingles    how many distinct word shingles the text has (for containment estimates)
 * @param opening     hashes of the first shingles of the text's opening paragraph (the first of 25 words or
 *                    more): two reads of one article share it, a rewrite with a new lead does not
 * @param numbers     hashes of the first figures (numbers of two digits or more) from the opening paragraph
 *                    on: two reads of one article quote the same, two reports from one template do not
 */
public record Fingerprint(String contentHash, long[] minhash, int shingles, long[] opening, long[] numbers) {

    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        minhash = minhash == null ? new long[0] : minhash.clone();
        opening = opening == null ? new long[0] : opening.clone();
        numbers = numbers == null ? new long[0] : numbers.clone();
    }

    /** A fingerprint with no numbers sketch. */
    public Fingerprint(String contentHash, long[] minhash, int shingles, long[] opening) {
        this(contentHash, minhash, shingles, opening, null);
    }

    /** A fingerprint with no opening or numbers sketch. */
    public Fingerprint(String contentHash, long[] minhash, int shingles) {
        this(contentHash, minhash, shingles, null, null);
    }

    /** A fingerprint of a text with as many shingles as minima. */
    public Fingerprint(String contentHash, long[] minhash) {
        this(contentHash, minhash, minhash == null ? 0 : minhash.length);
    }

    /**
     * The estimated share of the smaller text's shingles that the other text also has: 1 when one text is
     * contained in the other, whatever the other adds. From the Jaccard estimate and both sizes.
     */
    public double containment(Fingerprint other) {
        double j = similarity(other);
        int smaller = Math.min(shingles, other.shingles);
        if (j == 0 || smaller == 0) {
            return 0;
        }
        double both = j / (1 + j) * (shingles + other.shingles);
        return Math.min(1.0, both / smaller);
    }

    @Override
    public long[] minhash() {
        return minhash.clone();
    }

    @Override
    public long[] opening() {
        return opening.clone();
    }

    @Override
    public long[] numbers() {
        return numbers.clone();
    }

    /**
     * Whether the two texts quote the same figures: half of the shorter numbers sketch found in the other,
     * or either text without figures (nothing to disagree on).
     */
    public boolean sameNumbers(Fingerprint other) {
        return sameNumbers(numbers, other.numbers);
    }

    /** {@link #sameNumbers(Fingerprint)} for two numbers sketches. */
    public static boolean sameNumbers(long[] a, long[] b) {
        return a.length == 0 || b.length == 0 || agreement(a, b) >= 0.5;
    }

    /**
     * The share of the shorter opening sketch found in the other: 1 when both texts open with the same
     * paragraph, 0 when either has no sketch.
     */
    public double openingAgreement(Fingerprint other) {
        return agreement(opening, other.opening);
    }

    /** The share of the shorter of two small sets of hashes found in the other; 0 when either is empty. */
    public static double agreement(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    same++;
                    break;
                }
            }
        }
        return (double) same / Math.min(a.length, b.length);
    }

    /** The estimated Jaccard similarity of two signatures of the same length, 0 when either is empty. */
    public double similarity(Fingerprint other) {
        long[] a = minhash;
        long[] b = other.minhash;
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && contentHash.equals(f.contentHash) && Arrays.equals(minhash, f.minhash)
                && shingles == f.shingles && Arrays.equals(opening, f.opening) && Arrays.equals(numbers, f.numbers);
    }

    @Override
    public int hashCode() {
        return (((contentHash.hashCode() * 31 + Arrays.hashCode(minhash)) * 31 + shingles) * 31
                + Arrays.hashCode(opening)) * 31 + Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + minhash.length + " minima]";
    }
}
