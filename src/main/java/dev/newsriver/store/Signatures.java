package dev.newsriver.store;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Encodes a fingerprint's MinHash signature and shingle count for the {@code signature} column: the
 * scheme ({@value #SCHEME}), Base64 of big-endian longs, a dot, the count in decimal. A signature of an
 * earlier scheme (no prefix: 128 independent hash functions) cannot be compared with today's and reads as
 * empty: such an item is still known by its identity and content hash, not as a near-duplicate.
 */
final class Signatures {
    /** Today's scheme: one-permutation MinHash with rotation densification. */
    static final String SCHEME = "v2:";

    private Signatures() {
    }

    static String encode(long[] minhash) {
        return SCHEME + base64(minhash);
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
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(s.substring(SCHEME.length())));
        long[] out = new long[buf.remaining() / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }
}
