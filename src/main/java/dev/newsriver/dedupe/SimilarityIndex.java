package dev.newsriver.dedupe;

import dev.newsriver.article.Fingerprint;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The recent items' MinHash signatures, banded for locality-sensitive lookup: items whose signatures
 * agree on any whole band are candidates, and candidates are ranked by their estimated Jaccard
 * similarity. Holds at most {@code capacity} items in a ring, forgetting the oldest.
 *
 * <p>Laid out for a window of a million items in well under 512 MiB, and for a lookup that touches few
 * cache lines: everything lives in primitive arrays. Each item keeps the low 8 bits of each signature value
 * (b-bit MinHash: two different values agree by chance once in 256, which the estimate corrects for). Each
 * band is a hash table of buckets of {@value #BUCKET} entries, one cache line each, newest entry first;
 * an entry is an item's ring slot and a tag of its band key, so a lookup reads one line per band and
 * looks at the item's values only when the tags agree. A bucket holds the newest {@value #BUCKET} items
 * that hashed to it: with {@value #LOAD} items per bucket on average when the window is full, a few of
 * the oldest items of the window lose a band early (a bucket that got more than {@value #BUCKET} of the
 * window's items), and an item that many others share a band with is found through the newest
 * {@value #BUCKET} of them in that band. Nothing is unlinked when the ring overwrites a slot: an entry
 * names a slot, and the item now in it is a candidate only if it shares the band. About 510 bytes per
 * item with the default 128 values in 64 bands. Not thread-safe: the {@link Deduplicator} serializes
 * access.
 */
final class SimilarityIndex {

    /** One item to remember. */
    record Entry(long id, String story, Long duplicateOf, Fingerprint fingerprint) {
    }

    /**
     * The most similar remembered item: its id, story and duplicate link, the estimated Jaccard similarity,
     * the estimated share of the smaller text found in the other, how far their opening sketches agree,
     * whether they quote the same figures and how many shingles the smaller text has.
     */
    record Match(long id, String story, Long duplicateOf, double similarity, double containment, double opening,
                 boolean sameNumbers, int smaller) {
    }

    /** Entries per bucket: 16 ints, one cache line. */
    static final int BUCKET = 16;
    /** Items per bucket, on average, when the window is full. */
    static final int LOAD = 14;
    private static final int NONE = -1;
    private static final int EMPTY = -1;
    private static final double CHANCE = 1.0 / 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int capacity;
    private final int rows;
    private final int length;
    private final int bands;
    private final int buckets;
    /** Bits of an entry that hold a slot; the rest hold the tag. */
    private final int slotBits;
    private final int slotMask;
    private final int tagBits;
    private final long[] ids;
    private final long[] storyCodes;
    private final String[] otherStories;
    private final long[] duplicateOf;
    private final int[] shingles;
    private final byte[] signatures;
    /** slot * OPENING + k → the low 16 bits of the k-th hash of the item's opening sketch */
    private final short[] openings;
    private final byte[] openingSizes;
    /** slot * NUMBERS + k → the low 16 bits of the k-th hash of the item's numbers sketch */
    private final short[] numbers;
    private final byte[] numberSizes;
    /** (band * buckets + bucket) * BUCKET + k → the k-th newest entry: tag (high bits) and slot (low bits), or EMPTY */
    private final int[] table;
    /** slot → the number of the last lookup that met it: a candidate found in several bands is ranked once */
    private final int[] metBy;
    /** Per band, during a lookup: where its bucket starts and the bucket's newest entry. */
    private final int[] bucketAt;
    private final int[] newest;
    /** The band keys of the signature last looked up: adding it next needs them again. */
    private long[] lastSig;
    private long[] lastKeys;
    private int lookups;
    /** The highest id added: an id above it cannot be in the window, so adding it needs no search. */
    private long highestId = Long.MIN_VALUE;
    private long added;
    private int size;

    /**
     * @param capacity items kept
     * @param rows     signature values per band: fewer rows find less similar pairs, at more candidates
     * @param length   signature length (a multiple of {@code rows})
     */
    SimilarityIndex(int capacity, int rows, int length) {
        if (capacity < 1 || capacity >= (1 << 30)) {
            throw new IllegalArgumentException("window must hold between 1 and 2^30 items, not " + capacity);
        }
        this.capacity = capacity;
        this.rows = rows;
        this.length = length;
        this.bands = length / rows;
        this.buckets = bucketsFor(capacity);
        // the slot numbers and one more value, which no slot has
        this.slotBits = 32 - Integer.numberOfLeadingZeros(capacity);
        this.slotMask = (1 << slotBits) - 1;
        this.tagBits = 32 - slotBits;
        this.ids = new long[capacity];
        this.storyCodes = new long[capacity];
        this.otherStories = new String[capacity];
        this.duplicateOf = new long[capacity];
        this.shingles = new int[capacity];
        this.signatures = new byte[capacity * length];
        this.openings = new short[capacity * Fingerprinter.OPENING];
        this.openingSizes = new byte[capacity];
        this.numbers = new short[capacity * Fingerprinter.NUMBERS];
        this.numberSizes = new byte[capacity];
        this.table = new int[Math.multiplyExact(Math.multiplyExact(bands, buckets), BUCKET)];
        this.metBy = new int[capacity];
        this.bucketAt = new int[bands];
        this.newest = new int[bands];
        Arrays.fill(ids, NONE);
        Arrays.fill(table, EMPTY);
    }

    /** Buckets per band for a window of {@code capacity} items. */
    static int bucketsFor(int capacity) {
        return Math.max(1, (capacity + LOAD - 1) / LOAD);
    }

    /** The bucket of a band key among {@code buckets}: its low 32 bits scaled to the range. */
    static int bucket(long key, int buckets) {
        return (int) (((key & 0xFFFFFFFFL) * buckets) >>> 32);
    }

    void add(Entry e) {
        long[] sig = e.fingerprint().minhash();
        if (sig.length != length || (e.id() <= highestId && find(e.id()) != NONE)) {
            return;
        }
        highestId = Math.max(highestId, e.id());
        long seq = added++;
        int slot = (int) (seq % capacity);
        if (ids[slot] != NONE) {
            size--; // the oldest item leaves the window; entries that name its slot now name the new item
        }
        ids[slot] = e.id();
        setStory(slot, e.story());
        duplicateOf[slot] = e.duplicateOf() == null ? 0 : e.duplicateOf();
        shingles[slot] = e.fingerprint().shingles();
        openingSizes[slot] = (byte) keep(e.fingerprint().opening(), openings, slot, Fingerprinter.OPENING);
        numberSizes[slot] = (byte) keep(e.fingerprint().numbers(), numbers, slot, Fingerprinter.NUMBERS);
        for (int k = 0; k < length; k++) {
            signatures[slot * length + k] = (byte) sig[k];
        }
        long[] keys = bandKeys(sig);
        for (int b = 0; b < bands; b++) {
            int at = (b * buckets + bucket(keys[b], buckets)) * BUCKET;
            // newest first: the others move down one place and the oldest falls out
            System.arraycopy(table, at, table, at + 1, BUCKET - 1);
            table[at] = tag(keys[b]) << slotBits | slot;
        }
        size++;
    }

    /** The remembered item most similar to {@code fp}, if any shares a band with it. */
    Match best(Fingerprint fp) {
        long[] sig = fp.minhash();
        if (sig.length != length || size == 0) {
            return null;
        }
        long[] keys = bandKeys(sig);
        long[] packed = pack(sig);
        int lookup = nextLookup();
        int bestSlot = NONE;
        double bestSimilarity = -1;
        // first the newest entry of every band's bucket, loads that do not wait for one another, so that the
        // memory fetches the 64 cache lines at once; the scan below then finds them in the cache
        for (int b = 0; b < bands; b++) {
            int at = (b * buckets + bucket(keys[b], buckets)) * BUCKET;
            bucketAt[b] = at;
            newest[b] = table[at];
        }
        for (int b = 0; b < bands; b++) {
            int at = bucketAt[b];
            int tag = tag(keys[b]);
            for (int k = at; k < at + BUCKET; k++) {
                int entry = k == at ? newest[b] : table[k];
                if (entry == EMPTY) {
                    break;
                }
                int slot = entry & slotMask;
                if (entry >>> slotBits == tag && ids[slot] != NONE && metBy[slot] != lookup && sameBand(slot, b, sig)) {
                    metBy[slot] = lookup;
                    double s = similarity(slot, sig, packed);
                    if (s > bestSimilarity || (s == bestSimilarity && ids[slot] < ids[bestSlot])) {
                        bestSlot = slot;
                        bestSimilarity = s;
                    }
                }
            }
        }
        if (bestSlot == NONE) {
            return null;
        }
        return new Match(ids[bestSlot], story(bestSlot), duplicateOf[bestSlot] == 0 ? null : duplicateOf[bestSlot],
                bestSimilarity, containment(bestSimilarity, fp.shingles(), shingles[bestSlot]),
                Fingerprint.agreement(kept(openings, openingSizes, Fingerprinter.OPENING, bestSlot),
                        low16(fp.opening(), Fingerprinter.OPENING)),
                Fingerprint.sameNumbers(kept(numbers, numberSizes, Fingerprinter.NUMBERS, bestSlot),
                        low16(fp.numbers(), Fingerprinter.NUMBERS)),
                Math.min(fp.shingles(), shingles[bestSlot]));
    }

    int size() {
        return size;
    }

    /** Forgets one item, if it is among the most recent ones (a batch that did not commit). */
    void remove(long id) {
        int slot = find(id);
        if (slot != NONE) {
            ids[slot] = NONE; // lookups pass over it; its slot is overwritten in its turn
            otherStories[slot] = null;
            size--;
        }
    }

    /** The tag of a band key: its top bits, as many as an entry has beside the slot. */
    private int tag(long key) {
        return (int) (key >>> (64 - tagBits));
    }

    /** The slot of {@code id} among the newest items (those a failed batch can hold), or NONE. */
    private int find(long id) {
        long newest = added - 1;
        for (long seq = newest; seq >= 0 && seq > newest - Math.min(capacity, 4096); seq--) {
            int slot = (int) (seq % capacity);
            if (ids[slot] == id) {
                return slot;
            }
        }
        return NONE;
    }

    private boolean sameBand(int slot, int band, long[] sig) {
        for (int r = 0; r < rows; r++) {
            int k = band * rows + r;
            if (signatures[slot * length + k] != (byte) sig[k]) {
                return false;
            }
        }
        return true;
    }

    /** The share of equal 8-bit values, less what chance alone makes equal. */
    private double similarity(int slot, long[] sig, long[] packed) {
        int same = 0;
        int base = slot * length;
        if (packed != null) {
            // eight values at a time: a byte of the xor is zero where the two agree
            for (int w = 0; w < packed.length; w++) {
                long x = (long) LONGS.get(signatures, base + w * 8) ^ packed[w];
                long nonZero = (x | ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL)) & 0x8080808080808080L;
                same += 8 - Long.bitCount(nonZero);
            }
        } else {
            for (int k = 0; k < length; k++) {
                same += signatures[base + k] == (byte) sig[k] ? 1 : 0;
            }
        }
        double p = (double) same / length;
        return Math.max(0, (p - CHANCE) / (1 - CHANCE));
    }

    /** Keeps the low 16 bits of up to {@code width} values of a sketch in the slot's place; returns how many. */
    private static int keep(long[] sketch, short[] into, int slot, int width) {
        int kept = Math.min(sketch.length, width);
        for (int k = 0; k < kept; k++) {
            into[slot * width + k] = (short) sketch[k];
        }
        return kept;
    }

    /** The slot's sketch as {@link #keep} kept it, 16 bits a value. */
    private static long[] kept(short[] kept, byte[] sizes, int width, int slot) {
        long[] out = new long[sizes[slot]];
        for (int k = 0; k < out.length; k++) {
            out[k] = kept[slot * width + k];
        }
        return out;
    }

    /** Up to {@code width} values of a sketch cut to their low 16 bits, as {@link #keep} keeps them. */
    private static long[] low16(long[] sketch, int width) {
        long[] out = new long[Math.min(sketch.length, width)];
        for (int k = 0; k < out.length; k++) {
            out[k] = (short) sketch[k];
        }
        return out;
    }

    /** The low 8 bits of each value, eight to a long as they lie in {@link #signatures}; null when the length is not a multiple of 8. */
    private long[] pack(long[] sig) {
        if (length % 8 != 0) {
            return null;
        }
        long[] packed = new long[length / 8];
        for (int k = 0; k < length; k++) {
            packed[k / 8] |= (sig[k] & 0xFFL) << (8 * (k % 8)); // little-endian, as LONGS reads them
        }
        return packed;
    }

    /** The estimated share of the smaller text's shingles found in the other, from Jaccard and sizes. */
    static double containment(double jaccard, int a, int b) {
        int smaller = Math.min(a, b);
        if (jaccard == 0 || smaller == 0) {
            return 0;
        }
        return Math.min(1.0, jaccard / (1 + jaccard) * (a + b) / smaller);
    }

    /** A number for the next lookup, never one a slot was last met by (after wrapping, the marks start over). */
    private int nextLookup() {
        if (++lookups == Integer.MAX_VALUE) {
            Arrays.fill(metBy, 0);
            lookups = 1;
        }
        return lookups;
    }

    /** Band keys from a full signature (those of the last lookup when it is the same signature). */
    private long[] bandKeys(long[] sig) {
        if (Arrays.equals(sig, lastSig)) {
            return lastKeys;
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            keys[b] = bandKey(sig, b, rows);
        }
        lastSig = sig.clone();
        lastKeys = keys;
        return keys;
    }

    /** The key of band {@code band}: its {@code rows} values hashed together. */
    static long bandKey(long[] sig, int band, int rows) {
        long h = band;
        for (int r = 0; r < rows; r++) {
            h = h * 0x9E3779B97F4A7C15L + sig[band * rows + r];
        }
        return Fingerprinter.mix(h);
    }

    /** Story ids are "s-" and 12 hex digits; kept as a number, other forms as they are. */
    private void setStory(int slot, String story) {
        if (story != null && story.length() == 14 && story.startsWith("s-") && story.substring(2).chars().allMatch(SimilarityIndex::isHex)) {
            storyCodes[slot] = Long.parseLong(story.substring(2), 16);
            otherStories[slot] = null;
        } else {
            storyCodes[slot] = NONE;
            otherStories[slot] = story;
        }
    }

    private String story(int slot) {
        if (otherStories[slot] != null || storyCodes[slot] == NONE) {
            return otherStories[slot];
        }
        String hex = Long.toHexString(storyCodes[slot]);
        return "s-" + "0".repeat(12 - hex.length()) + hex;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
