package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.Ids;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Computes an item's {@link Fingerprint}: SHA-256 of its normalized words (exact identity: the same text
 * from two sources or two formats hashes the same) and a MinHash signature over word 4-shingles
 * (near-duplicates and overlapping reports). Thread-safe.
 */
public final class Fingerprinter {
    static final int SHINGLE = 4;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final long[] multipliers;
    private final long[] increments;

    /** @param size number of MinHash functions (signature length) */
    public Fingerprinter(int size) {
        SplittableRandom random = new SplittableRandom(0x6e657773L); // fixed: signatures must be comparable across runs
        multipliers = new long[size];
        increments = new long[size];
        for (int i = 0; i < size; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    public Fingerprint fingerprint(Article a) {
        String body = a.text() == null || a.text().isBlank() ? nullToEmpty(a.title()) : a.text();
        String[] words = words(body);
        long[] shingles = shingles(words);
        return new Fingerprint(Ids.sha256(String.join(" ", words)), minhash(shingles), shingles.length);
    }

    static String[] words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
    }


    /** The distinct hashes of the text's word 4-shingles. */
    private static long[] shingles(String[] words) {
        if (words.length < SHINGLE) {
            return new long[0];
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = mix(words[i].hashCode() * 0x9E3779B97F4A7C15L);
        }
        long[] out = new long[words.length - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = h * 0x100000001B3L + wordHashes[i + j];
            }
            out[i] = mix(h);
        }
        return Arrays.stream(out).distinct().toArray();
    }

    private long[] minhash(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] min = new long[multipliers.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long h : shingles) {
            for (int k = 0; k < min.length; k++) {
                long v = mix(h * multipliers[k] + increments[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return min;
    }

    /** Stafford's 64-bit finalizer (variant 13): spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }


    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
