package dev.newsriver.store;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Encodes a fingerprint's MinHash signature and shingle count for the {@code signature} column: Base64 of
 * big-endian longs, a dot, the count in decimal.
 */
final class Signatures {
    private Signatures() {
    }

    static String encode(long[] minhash) {
        ByteBuffer buf = ByteBuffer.allocate(minhash.length * Long.BYTES);
        for (long v : minhash) {
            buf.putLong(v);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    static long[] decode(String s) {
        if (s == null || s.isEmpty()) {
            return new long[0];
        }
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(s));
        long[] out = new long[buf.remaining() / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }
}
