package dev.newsriver.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Fingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index against a plain scan of the window: after the ring has wrapped many times, with items
 * forgotten on the way, every lookup finds exactly the item a scan of the window would rank first among
 * those that share a whole band with the query and are among the newest {@value SimilarityIndex#BUCKET}
 * items added to that band's bucket.
 */
class SimilarityIndexTest {
    private static final int LENGTH = 128;
    private static final int ROWS = 2;

    /** What the window holds, kept the simple way: every remembered item, oldest first. */
    private record Kept(long id, long[] sig) {
    }

    @Test
    void everyLookupFindsWhatAScanOfTheWindowFindsAfterTheRingHasWrappedManyTimes() {
        int capacity = 300;
        SimilarityIndex index = new SimilarityIndex(capacity, ROWS, LENGTH);
        int buckets = SimilarityIndex.bucketsFor(capacity);
        // per band and bucket, the ids added to it, newest last
        Map<Long, List<Long>> added = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        int overflowed = 0;
        List<long[]> families = new ArrayList<>();
        List<Kept> window = new ArrayList<>();
        int lookupsWithAMatch = 0;
        for (long id = 1; id <= 6_000; id++) {
            // items come in families of variants, so that many share bands with earlier ones
            if (families.isEmpty() || random.nextInt(8) == 0) {
                families.add(randomSignature(random));
            }
            long[] sig = variant(families.get(Math.max(0, families.size() - 40) + random.nextInt(Math.min(40, families.size()))), random);
            Fingerprint fp = new Fingerprint("h" + id, sig, 500);

            SimilarityIndex.Match found = index.best(fp);
            Kept expected = bestByScan(window, sig, added, buckets);
            if (expected == null) {
                assertThat(found).as("lookup %d", id).isNull();
            } else {
                lookupsWithAMatch++;
                assertThat(found).as("lookup %d", id).isNotNull();
                assertThat(found.id()).as("lookup %d", id).isEqualTo(expected.id());
                assertThat(found.similarity()).isEqualTo(similarity(expected.sig(), sig));
            }

            if (random.nextInt(50) == 0 && !window.isEmpty()) {
                // an item of a batch that did not commit is forgotten again
                Kept last = window.remove(window.size() - 1);
                index.remove(last.id());
            }
            index.add(new SimilarityIndex.Entry(id, "s-" + id, null, fp));
            window.add(new Kept(id, sig));
            for (int band = 0; band < LENGTH / ROWS; band++) {
                List<Long> bucket = added.computeIfAbsent(bucketOf(sig, band, buckets), k -> new ArrayList<>());
                bucket.add(id);
                overflowed += bucket.size() == SimilarityIndex.BUCKET + 1 ? 1 : 0;
            }
            // the ring keeps the newest `capacity` items added, forgotten ones included
            long oldestKept = id - capacity + 1;
            window.removeIf(k -> k.id() < oldestKept);
        }
        assertThat(lookupsWithAMatch).as("the test exercises matches, not only misses").isGreaterThan(4_000);
        assertThat(index.size()).isEqualTo(window.size());
        assertThat(overflowed).as("buckets overflow, so the test checks what they keep").isGreaterThan(1_000);
    }

    @Test
    void aBandSharedByManyItemsLeadsToTheNewestOfThem() {
        SimilarityIndex index = new SimilarityIndex(1_000, ROWS, LENGTH);
        long[] sig = randomSignature(new SplittableRandom(3));
        for (long id = 1; id <= SimilarityIndex.BUCKET + 4; id++) {
            index.add(new SimilarityIndex.Entry(id, "s-" + id, null, new Fingerprint("h" + id, sig, 100)));
        }
        // all twenty are equally similar and the oldest wins a tie, among the sixteen each bucket keeps
        assertThat(index.best(new Fingerprint("q", sig, 100)).id()).isEqualTo(5);
    }

    /** Which bucket of which band {@code sig} falls in. */
    private static long bucketOf(long[] sig, int band, int buckets) {
        return (long) band * buckets + SimilarityIndex.bucket(SimilarityIndex.bandKey(sig, band, ROWS), buckets);
    }

    @Test
    void anItemThatLeftTheWindowIsNotFoundEvenThroughEntriesThatNameItsSlot() {
        SimilarityIndex index = new SimilarityIndex(4, ROWS, LENGTH);
        SplittableRandom random = new SplittableRandom(11);
        long[] sig = randomSignature(random);
        index.add(new SimilarityIndex.Entry(1, "s-1", null, new Fingerprint("a", sig, 100)));
        for (long id = 2; id <= 5; id++) {
            index.add(new SimilarityIndex.Entry(id, "s-" + id, null, new Fingerprint("x" + id, randomSignature(random), 100)));
        }
        assertThat(index.best(new Fingerprint("b", sig, 100))).isNull();
        // the same signature once more, after the ring has overwritten the first one's slot
        index.add(new SimilarityIndex.Entry(6, "s-6", null, new Fingerprint("c", sig, 100)));
        assertThat(index.best(new Fingerprint("d", sig, 100)).id()).isEqualTo(6);
    }

    private static Kept bestByScan(List<Kept> window, long[] sig, Map<Long, List<Long>> added, int buckets) {
        Kept best = null;
        double bestSimilarity = -1;
        for (Kept k : window) {
            if (!sharesAKeptBand(k, sig, added, buckets)) {
                continue;
            }
            double s = similarity(k.sig(), sig);
            if (s > bestSimilarity || (s == bestSimilarity && k.id() < best.id())) {
                best = k;
                bestSimilarity = s;
            }
        }
        return best;
    }

    /** Whether {@code k} shares a whole band with {@code b} and is among the newest items of that band's bucket. */
    private static boolean sharesAKeptBand(Kept k, long[] b, Map<Long, List<Long>> added, int buckets) {
        long[] a = k.sig();
        for (int band = 0; band < LENGTH / ROWS; band++) {
            boolean same = true;
            for (int r = 0; r < ROWS; r++) {
                same &= a[band * ROWS + r] == b[band * ROWS + r];
            }
            if (same) {
                List<Long> bucket = added.get(bucketOf(a, band, buckets));
                if (bucket.subList(Math.max(0, bucket.size() - SimilarityIndex.BUCKET), bucket.size()).contains(k.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index keeps 8 bits of each value; its estimate corrects for the chance agreement of 1 in 256. */
    private static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < LENGTH; k++) {
            same += (byte) a[k] == (byte) b[k] ? 1 : 0;
        }
        double p = (double) same / LENGTH;
        return Math.max(0, (p - 1.0 / 256) / (1 - 1.0 / 256));
    }

    private static long[] randomSignature(SplittableRandom random) {
        long[] sig = new long[LENGTH];
        for (int k = 0; k < LENGTH; k++) {
            sig[k] = random.nextLong() >>> 8;
        }
        return sig;
    }

    /** A copy of {@code base} with a random share (up to 95 %) of its values replaced. */
    private static long[] variant(long[] base, SplittableRandom random) {
        long[] sig = base.clone();
        double changed = random.nextDouble() * 0.95;
        for (int k = 0; k < LENGTH; k++) {
            if (random.nextDouble() < changed) {
                sig[k] = random.nextLong() >>> 8;
            }
        }
        return sig;
    }
}
