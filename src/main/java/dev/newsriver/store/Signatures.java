package dev.newsriver.store;

import dev.newsriver.article.Fingerprint;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Encodes a fingerprint's MinHash signature, shingle count, opening and numbers sketches for the
 * {@code signature} column: the scheme ({@value #SCHEME}), Base64 of big-endian longs, a dot, the count
 * in decimal, and (when there are any) a dot and the opening sketch and a dot and the numbers sketch, in
 * Base64 (written before the sketches existed, a signature reads with none). A signature of an earlier
 * scheme (no prefix: 128 independent hash functions) cannot be compared with today's and reads as empty:
 * such an item is still known by its identity and content hash, not as a near-duplicate.
 */
final class Signatures {
    /** Today's scheme: one-permutation MinHash with rotation densification. */
    static final String SCHEME = "v2:";

    private Signatures() {
    }

    static String encode(long[] minhash) {
        return SCHEME + base64(minhash);
    }

    /** The whole column: signature, shingle count, opening and numbers sketches. */
    static String encode(Fingerprint f) {
        String out = encode(f.minhash()) + "." + f.shingles();
        long[] opening = f.opening();
        long[] numbers = f.numbers();
        if (numbers.length > 0) {
            return out + "." + base64(opening) + "." + base64(numbers);
        }
        return opening.length == 0 ? out : out + "." + base64(opening);
    }

    /** The fingerprint of an item from its content hash and {@code signature} column. */
    static Fingerprint decode(String hash, String signature) {
        String[] parts = (signature == null ? "" : signature).split("\\.", -1);
        long[] minhash = decode(parts[0]);
        int shingles = parts.length > 1 ? Integer.parseInt(parts[1]) : minhash.length;
        long[] opening = parts.length > 2 ? longs(parts[2]) : new long[0];
        long[] numbers = parts.length > 3 ? longs(parts[3]) : new long[0];
        return new Fingerprint(hash, minhash, shingles, opening, numbers);
    }

    private static String base64(long[] minhash) {
        ByteBuffer buf = ByteBuffer.allocate(minhash.length * Long.BYTES);
        for (long v : minhash) {
            buf.putLong(v);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    static long[] decode(String s) {
        if (s == null || !s.startsWith(SCHEME) || s.length() == SCHEME.length()) {
            return new long[0];
        }
        return longs(s.substring(SCHEME.length()));
    }

    private static long[] longs(String base64) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        long[] out = new long[buf.remaining() / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }
}
