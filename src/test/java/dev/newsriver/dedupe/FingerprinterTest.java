package dev.newsriver.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint's words and shingles against a plain reading of their definition: words are runs of
 * letters and numbers of any script, lower-cased, except that each Han ideograph and each kana is a word by
 * itself (Chinese and Japanese do not space their words); the shingle count is the number of distinct runs
 * of four words.
 */
class FingerprinterTest {
    private static final List<String> TEXTS = List.of(
            "Niger's junta — the CNSP — met U.S. envoys in Niamey on 12 May 2024.",
            "Ünïcode Straße: İstanbul, ÇORUM & Ærø; naïve café ½ ² ३४५ ٣٤",
            "尼日尔军政府 宣布 美军 撤离。日本語のテキストも　全角スペースで区切る",
            "Niger军政府2024年宣布, ﾊﾝｶｸｶﾀｶﾅ ＡＢＣ１２ and 한국어 띄어쓰기 words",
            "Math 𝐀𝐁𝐂 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, emoji 😀 between words, ancient 𐌰𐌱𐌲",
            "the same four words the same four words the same four words again",
            "",
            "   ...   ");

    /** The definition, written the slow and obvious way. */
    private static List<String> referenceWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean wordChar = Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean alone = Character.isIdeographic(cp) || block == Character.UnicodeBlock.HIRAGANA
                    || block == Character.UnicodeBlock.KATAKANA || (cp >= 0xFF66 && cp <= 0xFF9F);
            if (wordChar && alone) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                words.add(Character.toString(cp));
            } else if (wordChar) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void theNormalizedTextIsTheWordsOfEveryScriptLowerCasedAndJoinedBySpaces() {
        for (String text : TEXTS) {
            StringBuilder normalized = new StringBuilder();
            long[] hashes = Fingerprinter.words(text, normalized);
            List<String> expected = referenceWords(text);
            assertThat(normalized.toString()).as(text).isEqualTo(String.join(" ", expected));
            assertThat(hashes).as(text).hasSize(expected.size());
            // the content hash is the SHA-256 of the normalized text's UTF-8 bytes (a blank text takes the title's)
            assertThat(new Fingerprinter(128).fingerprint(article(text + " x")).contentHash()).as(text)
                    .isEqualTo(dev.newsriver.article.Ids.sha256(String.join(" ", referenceWords(text + " x"))));
        }
    }

    /**
     * A word's hash as fingerprints have been made (FNV-1a over its lower-cased code points, then Stafford's
     * mix): fingerprints are kept in the store, so a faster pass must give the very same values.
     */
    private static long referenceHash(String word) {
        long h = 0x84222325CBF29CE4L;
        for (int cp : word.codePoints().toArray()) {
            h = (h ^ cp) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    @Test
    void eachWordHashesAsStoredFingerprintsWereMade() {
        for (String text : TEXTS) {
            List<String> words = referenceWords(text);
            long[] hashes = Fingerprinter.words(text, new StringBuilder());
            for (int i = 0; i < words.size(); i++) {
                assertThat(hashes[i]).as(words.get(i)).isEqualTo(referenceHash(words.get(i)));
            }
        }
    }

    @Test
    void equalWordsHashAlikeAndTheShingleCountIsTheNumberOfDistinctFourWordRuns() {
        Fingerprinter fingerprinter = new Fingerprinter(128);
        for (String text : TEXTS) {
            List<String> words = referenceWords(text);
            long[] hashes = Fingerprinter.words(text, new StringBuilder());
            for (int i = 0; i < words.size(); i++) {
                for (int j = 0; j < words.size(); j++) {
                    assertThat(hashes[i] == hashes[j]).as("%s / %s", words.get(i), words.get(j))
                            .isEqualTo(words.get(i).equals(words.get(j)));
                }
            }
            Set<List<String>> runs = new HashSet<>();
            for (int i = 0; i + 4 <= words.size(); i++) {
                runs.add(words.subList(i, i + 4));
            }
            Fingerprint fp = fingerprinter.fingerprint(Article.builder().guid("g").title("t").text(text)
                    .source(new SourceRef("s", "S")).build());
            assertThat(fp.shingles()).as(text).isEqualTo(runs.size());
        }
    }

    @Test
    void theOpeningIsTheFirstShinglesOfTheFirstLongLineWhateverComesAboveIt() {
        Fingerprinter fingerprinter = new Fingerprinter(128);
        String lead = dev.newsriver.testing.Articles.words("lead", 30);
        String rest = dev.newsriver.testing.Articles.words("rest", 200);
        Fingerprint page = fingerprinter.fingerprint(article(lead + "\n" + rest));
        Fingerprint dump = fingerprinter.fingerprint(article("Home News World Sport\nBy A Reporter, 5 May\n\n"
                + lead + "\n" + rest + "\nComments (3)"));
        Fingerprint rewrite = fingerprinter.fingerprint(article(dev.newsriver.testing.Articles.words("new", 30)
                + "\n" + lead + "\n" + rest));
        assertThat(page.opening()).hasSize(Fingerprinter.OPENING);
        assertThat(dump.opening()).containsExactly(page.opening());
        assertThat(page.openingAgreement(dump)).isEqualTo(1.0);
        assertThat(page.openingAgreement(rewrite)).isEqualTo(0.0);
        // the opening is the shingles of the lead's first words: "lead0 lead1 lead2 lead3" and on
        Fingerprint leadOnly = fingerprinter.fingerprint(article(dev.newsriver.testing.Articles.words("lead", 19)));
        assertThat(page.opening()).startsWith(leadOnly.opening());
    }

    @Test
    void aTextWithNoLongLineOpensWithItsFirstWordsAndAnEmptyOneHasNoOpening() {
        assertThat(Fingerprinter.openingStart("short line\nanother one\n")).isZero();
        assertThat(Fingerprinter.openingStart("a b c\n" + dev.newsriver.testing.Articles.words("w", 25))).isEqualTo(3);
        assertThat(Fingerprinter.openingStart("a b c\n" + dev.newsriver.testing.Articles.words("w", 24))).isZero();
        Fingerprinter fingerprinter = new Fingerprinter(128);
        assertThat(fingerprinter.fingerprint(article("one two three")).opening()).isEmpty();
        assertThat(fingerprinter.fingerprint(article("short line\nanother one here")).opening()).hasSize(2);
    }

    @Test
    void chineseTextOpensWithItsFirstLineOfTwentyFiveCharacters() {
        String title = "海外留学生看两会：出国前后关注点大不同"; // 18 words: each character but the colon
        String lead = "全国两会期间，在海外学习的中国留学生通过网络和新闻关注着国内的发展变化，出国前后他们关注的重点有所不同。";
        assertThat(Fingerprinter.openingStart(title + "\n" + lead)).isEqualTo(18);
        Fingerprinter fingerprinter = new Fingerprinter(128);
        Fingerprint page = fingerprinter.fingerprint(article(lead));
        Fingerprint dump = fingerprinter.fingerprint(article("首页 新闻 教育\n" + title + "\n" + lead));
        assertThat(page.opening()).hasSize(Fingerprinter.OPENING);
        assertThat(page.openingAgreement(dump)).isEqualTo(1.0);
    }

    @Test
    void theNumbersSketchHoldsTheFiguresFromTheOpeningOn() {
        Fingerprinter fingerprinter = new Fingerprinter(128);
        String body = "Prices rose by 12 percent in 2024 while sector 3 stayed flat and 12 analysts had expected "
                + "nothing of the kind from the 40 largest firms in the market this year";
        Fingerprint page = fingerprinter.fingerprint(article(body));
        // a dump with a dated menu above the same paragraph: the menu's figures come before the opening
        Fingerprint dump = fingerprinter.fingerprint(article("Home 07 12 2026 News\n" + body));
        Fingerprint other = fingerprinter.fingerprint(article(body.replace("12", "15").replace("2024", "2023")
                .replace("40", "30")));
        long[] expected = Fingerprinter.words("12 2024 40", new StringBuilder());
        assertThat(page.numbers()).containsExactly(expected); // "3" is one digit, the second "12" a repeat
        assertThat(dump.numbers()).containsExactly(expected);
        assertThat(page.sameNumbers(dump)).isTrue();
        assertThat(page.sameNumbers(other)).isFalse();
        assertThat(page.sameNumbers(fingerprinter.fingerprint(article("no figures here at all")))).isTrue();
    }

    private static Article article(String text) {
        return Article.builder().guid("g").title("t").text(text).source(new SourceRef("s", "S")).build();
    }
}
