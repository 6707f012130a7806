package dev.newsriver.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes from which identities are made: content hashes, guids too long to keep, ETags. */
public final class Ids {
    /** One digest per thread: looking the algorithm up among the providers cost as much as hashing a short text. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private Ids() {
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return sha256(bytes, bytes.length);
    }

    /** Lower-case hex SHA-256 of the first {@code length} bytes. */
    public static String sha256(byte[] bytes, int length) {
        MessageDigest digest = SHA256.get();
        digest.update(bytes, 0, length);
        // digest() leaves the digest reset for the next call
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
