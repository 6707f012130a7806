package dev.newsriver.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Fingerprint;
import org.junit.jupiter.api.Test;

/** The signature column keeps a fingerprint whole, and columns written by earlier versions still read. */
class SignaturesTest {
    private static final long[] MINHASH = {1, -2, Long.MAX_VALUE, Long.MIN_VALUE};

    @Test
    void aFingerprintWithItsOpeningSketchReadsBackTheSame() {
        Fingerprint f = new Fingerprint("abc", MINHASH, 40, new long[] {7, -8, 9});
        String column = Signatures.encode(f);
        assertThat(column).startsWith(Signatures.SCHEME).hasSizeLessThan(4000);
        assertThat(Signatures.decode("abc", column)).isEqualTo(f);
    }

    @Test
    void aNumbersSketchReadsBackWithOrWithoutAnOpeningSketch() {
        Fingerprint both = new Fingerprint("abc", MINHASH, 40, new long[] {7}, new long[] {11, 12});
        Fingerprint numbersOnly = new Fingerprint("abc", MINHASH, 40, null, new long[] {11});
        assertThat(Signatures.decode("abc", Signatures.encode(both))).isEqualTo(both);
        assertThat(Signatures.decode("abc", Signatures.encode(numbersOnly))).isEqualTo(numbersOnly);
    }

    @Test
    void aColumnWrittenBeforeOpeningSketchesReadsWithNone() {
        String old = Signatures.encode(MINHASH) + ".40";
        Fingerprint f = Signatures.decode("abc", old);
        assertThat(f.minhash()).containsExactly(MINHASH);
        assertThat(f.shingles()).isEqualTo(40);
        assertThat(f.opening()).isEmpty();
        assertThat(Signatures.decode("abc", Signatures.encode(new Fingerprint("abc", MINHASH, 40)))).isEqualTo(f);
    }

    @Test
    void aSignatureOfAnEarlierSchemeReadsAsEmpty() {
        Fingerprint f = Signatures.decode("abc", "AAAAAAAAAAE.40");
        assertThat(f.minhash()).isEmpty();
        assertThat(f.contentHash()).isEqualTo("abc");
    }
}
