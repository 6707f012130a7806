package dev.newsriver.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte order marks: which charset a BOM names and how long it is. Stateless. */
final class Boms {

    private Boms() {
    }

    /** The charset the leading BOM names, or {@code null} when there is none. */
    static Charset charset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** How many bytes the leading BOM takes (0 without one). */
    static int length(byte[] b) {
        Charset c = charset(b);
        return c == null ? 0 : c == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** The text after the BOM. */
    static String decode(byte[] b, Charset charset) {
        int skip = length(b);
        return new String(b, skip, b.length - skip, charset);
    }
}
