package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Computes an item's {@link Fingerprint}: SHA-256 of its normalized words (exact identity: the same text
 * from two sources or two formats hashes the same) and a MinHash signature over word 4-shingles
 * (near-duplicates and overlapping reports).
 *
 * <p>The signature is a one-permutation MinHash: each shingle is hashed once and lands in one of
 * {@code size} bins by its top bits, and each bin keeps its minimum; bins no shingle reached borrow from
 * the next filled bin (rotation densification, Shrivastava and Li 2014). As with {@code size} independent
 * hash functions, the share of equal values estimates the Jaccard similarity, at one hash per shingle
 * instead of {@code size}. Thread-safe.
 */
public final class Fingerprinter {
    static final int SHINGLE = 4;
    /** Shingles in the opening sketch. */
    static final int OPENING = 16;
    /** Words a line needs to be taken for the opening paragraph (shorter lines are titles, bylines, menus). */
    static final int OPENING_WORDS = 25;
    private final int size;
    private final int shift;

    /** @param size number of bins, the signature length; a power of two */
    public Fingerprinter(int size) {
        if (Integer.bitCount(size) != 1 || size < 2) {
            throw new IllegalArgumentException("signature size must be a power of two, not " + size);
        }
        this.size = size;
        this.shift = 64 - Integer.numberOfTrailingZeros(size);
    }

    public Fingerprint fingerprint(Article a) {
        String body = a.text() == null || a.text().isBlank() ? nullToEmpty(a.title()) : a.text();
        Marks marks = new Marks();
        long[] wordHashes = words(body, marks);
        long[] shingles = shingles(wordHashes);
        int start = marks.openingStart();
        return new Fingerprint(Ids.sha256(marks.normalized, marks.normalizedLength), minhash(shingles), shingles.length,
                opening(wordHashes, start), marks.numbers(wordHashes, start));
    }

    /** Figures in the numbers sketch. */
    static final int NUMBERS = 8;

    /**
     * What the word pass notes besides the words: where the opening paragraph starts (the first line of at
     * least {@value #OPENING_WORDS} words) and where the figures are (words of two digits or more: a single
     * digit is more often a label, "Sector 1", than data). Two reads of one article quote the same figures;
     * two reports written from one template quote different ones.
     */
    static final class Marks {
        private int[] figures = new int[64];
        private int count;
        private int opening = -1;
        /** The words, lower-cased and joined by single spaces, in UTF-8: the content hash's input. */
        private byte[] normalized;
        private int normalizedLength;

        private void figure(int word) {
            if (count < figures.length) {
                figures[count++] = word;
            }
        }

        /** The number of the first word of the opening paragraph, 0 when no line is long enough. */
        int openingStart() {
            return Math.max(0, opening);
        }

        /** The hashes of the first {@value #NUMBERS} distinct figures from word {@code from} on. */
        long[] numbers(long[] words, int from) {
            long[] out = new long[NUMBERS];
            int n = 0;
            for (int k = 0; k < count && n < NUMBERS; k++) {
                if (figures[k] >= from) {
                    n = addDistinct(out, n, words[figures[k]]);
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /**
     * The number of the first word of the text's opening paragraph: the first line of at least
     * {@value #OPENING_WORDS} words, or of the whole text when no line is that long.
     */
    static int openingStart(String text) {
        Marks marks = new Marks();
        words(text, marks);
        return marks.openingStart();
    }

    /** The distinct hashes of the first {@value #OPENING} shingles from word {@code start} on. */
    private static long[] opening(long[] words, int start) {
        long[] out = new long[OPENING];
        int n = 0;
        for (int i = start; i + SHINGLE <= words.length && n < OPENING; i++) {
            n = addDistinct(out, n, shingle(words, i));
        }
        return Arrays.copyOf(out, n);
    }

    /** Appends {@code h} to the first {@code n} values of {@code out} unless it is among them; the new count. */
    private static int addDistinct(long[] out, int n, long h) {
        for (int k = 0; k < n; k++) {
            if (out[k] == h) {
                return n;
            }
        }
        out[n] = h;
        return n + 1;
    }

    /** The hash of the shingle of {@value #SHINGLE} words starting at word {@code i}. */
    private static long shingle(long[] words, int i) {
        long h = 0;
        for (int j = 0; j < SHINGLE; j++) {
            h = h * 0x100000001B3L + words[i + j];
        }
        return mix(h);
    }

    /**
     * The hashes of the text's words (runs of letters and digits, lower-cased), in order; the words, joined
     * by single spaces, are appended to {@code normalized}.
     */
    static long[] words(String text, StringBuilder normalized) {
        Marks marks = new Marks();
        long[] hashes = words(text, marks);
        normalized.append(new String(marks.normalized, 0, marks.normalizedLength, StandardCharsets.UTF_8));
        return hashes;
    }

    /**
     * The hashes of the text's words, noting in {@code marks} the opening paragraph, the figures and the
     * normalized text (written straight in UTF-8 for the content hash: building a string, then encoding it,
     * copied the text twice more).
     */
    static long[] words(String text, Marks marks) {
        int length = text.length();
        int wordAt = 0;
        int notDigit = 0;
        int lineStart = 0;
        long[] hashes = new long[Math.max(16, length / 5)];
        byte[] out = new byte[length + 16];
        int at = 0;
        boolean first = true;
        boolean inWord = false;
        long h = 0;
        int n = 0;
        // a word of Chinese or Japanese is one character: those scripts do not put spaces between words, so
        // each ideograph or kana is taken alone, and shingles are runs of characters
        boolean alone = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int lower;
            boolean single = false;
            if (c < 128) {
                // the common case: an ASCII letter or digit, looked up rather than classified
                lower = ASCII_LOWER[c];
            } else {
                int cp = text.codePointAt(i);
                lower = isWordChar(cp) ? Character.toLowerCase(cp) : 0;
                single = lower != 0 && standsAlone(cp);
                i += Character.charCount(cp) - 1;
            }
            if (inWord && (lower == 0 || single || alone)) {
                inWord = false;
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                if (notDigit >= 0 && at - wordAt >= 2) {
                    marks.figure(n);
                }
                hashes[n++] = mix(h);
            }
            if (lower != 0) {
                if (!inWord) {
                    if (out.length - at < length - i + 2) {
                        // ideographs get a space each, which the text did not have: room for the rest of the
                        // text and this word's space
                        out = Arrays.copyOf(out, at + 2 * (length - i) + 16);
                    }
                    if (!first) {
                        out[at++] = ' ';
                    }
                    first = false;
                    inWord = true;
                    alone = single;
                    h = 0x84222325CBF29CE4L;
                    wordAt = at;
                    notDigit = 0;
                    if (marks.opening < 0 && n - lineStart + 1 == OPENING_WORDS) {
                        marks.opening = lineStart;
                    }
                }
                // negative as soon as one character is not an ASCII digit
                notDigit |= ('9' - lower) | (lower - '0');
                if (lower < 0x80) {
                    out[at++] = (byte) lower;
                } else {
                    if (out.length - at < length - i + 8) {
                        // up to four bytes for this character, and room for the rest of the text at as many
                        // (a space and three bytes for each ideograph), so that this happens once
                        out = Arrays.copyOf(out, at + 4 * (length - i) + 16);
                    }
                    at = utf8(lower, out, at);
                }
                h = (h ^ lower) * 0x100000001B3L;
            } else if (c == '\n') {
                lineStart = n;
            }
        }
        if (inWord) {
            if (notDigit >= 0 && at - wordAt >= 2) {
                marks.figure(n);
            }
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n + 1);
            }
            hashes[n++] = mix(h);
        }
        marks.normalized = out;
        marks.normalizedLength = at;
        return Arrays.copyOf(hashes, n);
    }

    /** Writes the UTF-8 bytes of a code point from 0x80 on at {@code at}; the index after them. */
    private static int utf8(int cp, byte[] out, int at) {
        if (cp < 0x800) {
            out[at++] = (byte) (0xC0 | cp >> 6);
        } else {
            if (cp < 0x10000) {
                out[at++] = (byte) (0xE0 | cp >> 12);
            } else {
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | (cp >> 12 & 0x3F));
            }
            out[at++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        }
        out[at++] = (byte) (0x80 | (cp & 0x3F));
        return at;
    }

    /** For each ASCII character, itself lower-cased when it is a letter or a digit; 0 when it is neither. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_LOWER[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER[c] = c;
            ASCII_LOWER[c - 'a' + 'A'] = c;
        }
    }

    /** Whether a word character is a word by itself: a Han ideograph, or hiragana or katakana. */
    private static boolean standsAlone(int cp) {
        return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F) || Character.isIdeographic(cp);
    }

    /** A letter or a number of any kind (Unicode L and N). */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The distinct hashes of the word 4-shingles, in order of first occurrence. Repeats are dropped with an
     * open-addressing set, in time linear in the text (the minima do not care, the shingle count does).
     */
    private static long[] shingles(long[] words) {
        if (words.length < SHINGLE) {
            return new long[0];
        }
        int count = words.length - SHINGLE + 1;
        long[] out = new long[count];
        int mask = Integer.highestOneBit(count * 2 + 1) * 2 - 1;
        long[] seen = new long[mask + 1];
        boolean zeroSeen = false;
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long h = shingle(words, i);
            if (h == 0) {
                // 0 marks an empty place in the set, so the one shingle that hashes to it is tracked apart
                if (!zeroSeen) {
                    zeroSeen = true;
                    out[distinct++] = h;
                }
                continue;
            }
            int at = (int) (h ^ (h >>> 32)) & mask;
            while (seen[at] != 0 && seen[at] != h) {
                at = (at + 1) & mask;
            }
            if (seen[at] == 0) {
                seen[at] = h;
                out[distinct++] = h;
            }
        }
        return distinct == count ? out : Arrays.copyOf(out, distinct);
    }

    private long[] minhash(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] min = new long[size];
        Arrays.fill(min, Long.MAX_VALUE);
        long low = -1L >>> (64 - shift);
        for (long h : shingles) {
            int bin = (int) (h >>> shift);
            long v = h & low;
            if (v < min[bin]) {
                min[bin] = v;
            }
        }
        // an empty bin takes the value of the next filled one (to the right, wrapping), marked with how far
        // it looked, so that two texts agree on it exactly when they agree on that filled bin
        for (int b = 0; b < size; b++) {
            if (min[b] != Long.MAX_VALUE) {
                continue;
            }
            for (int step = 1; step < size; step++) {
                long borrowed = min[(b + step) % size];
                if (borrowed != Long.MAX_VALUE && !isBorrowed(borrowed)) {
                    min[b] = mix(borrowed + step * 0x9E3779B97F4A7C15L) | Long.MIN_VALUE;
                    break;
                }
            }
        }
        return min;
    }

    /** Filled bins hold values below 2^(64-log2 size); borrowed ones have the sign bit set. */
    private static boolean isBorrowed(long v) {
        return v < 0;
    }

    /** Stafford's 64-bit finalizer (variant 13): spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
