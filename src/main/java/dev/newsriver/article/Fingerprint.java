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
 */
public record Fingerprint(String contentHash, long[] minhash, int shingles) {

    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        minhash = minhash == null ? new long[0] : minhash.clone();
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
                && shingles == f.shingles;
    }

    @Override
    public int hashCode() {
        return (contentHash.hashCode() * 31 + Arrays.hashCode(minhash)) * 31 + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + minhash.length + " minima]";
    }
}
