package dev.newsriver.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * What de-duplication knows of an item's text: an exact hash of its normalized words, and a MinHash
 * signature of its word shingles for near-duplicate and story detection.
 *
 * @param contentHash hex SHA-256 of the normalized text; equal hashes mean the same text
 * @param minhash     MinHash signature (one minimum per hash function); empty when the text is too short
 */
public record Fingerprint(String contentHash, long[] minhash) {

    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        minhash = minhash == null ? new long[0] : minhash.clone();
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
        return o instanceof Fingerprint f && contentHash.equals(f.contentHash) && Arrays.equals(minhash, f.minhash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode() * 31 + Arrays.hashCode(minhash);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + minhash.length + " minima]";
    }
}
