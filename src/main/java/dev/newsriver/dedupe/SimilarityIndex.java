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
 * <p>Laid out for a window of a million items in well under 512 MiB: everything lives in primitive arrays
 * indexed by ring slot. Each item keeps the low 8 bits of each signature value (b-bit MinHash: two
 * different values agree by chance once in 256, which the estimate corrects for) and one link per band;
 * each band is a hash table of chains through those links, newest first. Nothing is unlinked when the
 * ring overwrites a slot: a link is followed only to an older item, and a head only to the item it was
 * set for, so an overwritten slot simply ends the chains that led to it. About 480 bytes per item with the
 * default 128 values in 64 bands. Not thread-safe: the {@link Deduplicator} serializes access.
 */
final class SimilarityIndex {

    /** One item to remember. */
    record Entry(long id, String story, Long duplicateOf, Fingerprint fingerprint) {
    }

    /**
     * The most similar remembered item: its id, story and duplicate link, the estimated Jaccard similarity
     * and the estimated share of the smaller text found in the other.
     */
    record Match(long id, String story, Long duplicateOf, double similarity, double containment) {
    }

    private static final int NONE = -1;
    private static final double CHANCE = 1.0 / 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int capacity;
    private final int rows;
    private final int length;
    private final int bands;
    private final int tableMask;
    /** Bits of a link that hold a slot; the rest hold the tag. */
    private final int slotBits;
    private final int slotMask;
    private final int tagMask;
    private final long[] ids;
    private final long[] storyCodes;
    private final String[] otherStories;
    private final long[] duplicateOf;
    private final int[] shingles;
    private final byte[] signatures;
    /** band * tableSize + bucket → low 32 bits of the sequence number of the newest item in the chain */
    private final int[] heads;
    /** slot * bands + band → the tag of the slot's band key (high bits) and the next older slot (low bits, all ones at the end) */
    private final int[] links;
    /** slot → the number of the last lookup that met it: a candidate found in several bands is ranked once */
    private final int[] metBy;
    /** The walks under way during a lookup: slot, sequence number and band of each. */
    private final int[] walkSlots;
    private final long[] walkSeqs;
    private final int[] walkBands;
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
        int tableSize = Integer.highestOneBit(Math.max(16, capacity / 4 - 1) << 1);
        this.tableMask = tableSize - 1;
        // the slot numbers and one more value, the end of a chain
        this.slotBits = 32 - Integer.numberOfLeadingZeros(capacity);
        this.slotMask = (1 << slotBits) - 1;
        this.tagMask = -1 >>> slotBits;
        this.ids = new long[capacity];
        this.storyCodes = new long[capacity];
        this.otherStories = new String[capacity];
        this.duplicateOf = new long[capacity];
        this.shingles = new int[capacity];
        this.signatures = new byte[capacity * length];
        this.heads = new int[bands * tableSize];
        this.links = new int[capacity * bands];
        this.metBy = new int[capacity];
        this.walkSlots = new int[bands];
        this.walkSeqs = new long[bands];
        this.walkBands = new int[bands];
        Arrays.fill(ids, NONE);
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
            size--; // the oldest item leaves the window; the chains through its slot end there
        }
        ids[slot] = e.id();
        setStory(slot, e.story());
        duplicateOf[slot] = e.duplicateOf() == null ? 0 : e.duplicateOf();
        shingles[slot] = e.fingerprint().shingles();
        for (int k = 0; k < length; k++) {
            signatures[slot * length + k] = (byte) sig[k];
        }
        long[] keys = bandKeys(sig);
        for (int b = 0; b < bands; b++) {
            int head = b * (tableMask + 1) + bucket(keys[b]);
            long newest = headSeq(heads[head], seq);
            int older = newest < 0 ? slotMask : (int) (newest % capacity);
            links[slot * bands + b] = tag(keys[b]) << slotBits | older;
            heads[head] = (int) seq;
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
        int walks = 0;
        for (int b = 0; b < bands; b++) {
            long seq = headSeq(heads[b * (tableMask + 1) + bucket(keys[b])], added);
            if (seq >= 0) {
                walkSlots[walks] = (int) (seq % capacity);
                walkSeqs[walks] = seq;
                walkBands[walks] = b;
                walks++;
            }
        }
        while (walks > 0) {
            int going = 0;
            for (int w = 0; w < walks; w++) {
                int slot = walkSlots[w];
                int b = walkBands[w];
                int link = links[slot * bands + b];
                if (link >>> slotBits == tag(keys[b]) && ids[slot] != NONE && metBy[slot] != lookup && sameBand(slot, b, sig)) {
                    metBy[slot] = lookup;
                    double s = similarity(slot, sig, packed);
                    if (s > bestSimilarity || (s == bestSimilarity && ids[slot] < ids[bestSlot])) {
                        bestSlot = slot;
                        bestSimilarity = s;
                    }
                }
                int older = link & slotMask;
                if (older == slotMask) {
                    continue;
                }
                // the item that was in `older` when the link was made came before this one by this many
                int back = slot - older;
                long olderSeq = walkSeqs[w] - (back > 0 ? back : back + capacity);
                if (olderSeq >= 0 && olderSeq >= added - capacity) {
                    walkSlots[going] = older;
                    walkSeqs[going] = olderSeq;
                    walkBands[going] = b;
                    going++;
                }
            }
            walks = going;
        }
        if (bestSlot == NONE) {
            return null;
        }
        return new Match(ids[bestSlot], story(bestSlot), duplicateOf[bestSlot] == 0 ? null : duplicateOf[bestSlot],
                bestSimilarity, containment(bestSimilarity, fp.shingles(), shingles[bestSlot]));
    }

    int size() {
        return size;
    }

    /** Forgets one item, if it is among the most recent ones (a batch that did not commit). */
    void remove(long id) {
        int slot = find(id);
        if (slot != NONE) {
            ids[slot] = NONE; // walks pass over it; its slot is overwritten in its turn
            otherStories[slot] = null;
            size--;
        }
    }

    /**
     * The sequence number of the item a head was set for, when that item is still in the window as it was
     * before item {@code next} is added; else -1. A head keeps the low 32 bits: the window is far shorter.
     * (Until the ring first fills, a head never set reads as item 0: a walk then passes by item 0 for
     * nothing, which costs a step, not a wrong answer, since every candidate is checked against its values.)
     */
    private long headSeq(int head, long next) {
        long age = Integer.toUnsignedLong((int) next - head);
        long seq = next - age;
        return age == 0 || age > capacity || seq < 0 || seq < next - capacity ? -1 : seq;
    }

    private int bucket(long key) {
        return (int) key & tableMask;
    }

    private int tag(long key) {
        return (int) (key >>> 40) & tagMask;
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

    /** Band keys from a full signature: each band's values hashed together. */
    private long[] bandKeys(long[] sig) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = h * 0x9E3779B97F4A7C15L + sig[b * rows + r];
            }
            keys[b] = Fingerprinter.mix(h);
        }
        return keys;
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
