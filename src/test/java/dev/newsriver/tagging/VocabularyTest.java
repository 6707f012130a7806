package dev.newsriver.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Looking words up: the packed form of short ASCII words and the general lookup agree. */
class VocabularyTest {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void packedWordsAreDistinctAndFoundAsTheGeneralLookupFindsThem() {
        Random random = new Random(42);
        Vocabulary v = new Vocabulary();
        List<String> added = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            added.add(randomWord(random, 1 + random.nextInt(14)));
        }
        added.forEach(v::add);
        Set<Long> keys = new HashSet<>();
        for (String w : Set.copyOf(added)) {
            long key = Vocabulary.pack(w);
            if (w.length() <= Vocabulary.PACKED_LENGTH) {
                assertNotEquals(0, key, w);
                assertTrue(keys.add(key), () -> "two words share the key of " + w);
                assertEquals(v.find(w), v.findPacked(key), w);
            } else {
                assertEquals(0, key, w);
            }
        }
        // words that are not in the vocabulary, some of them one letter away from words that are
        for (int n = 0; n < 20_000; n++) {
            String w = n % 2 == 0 ? randomWord(random, 1 + random.nextInt(10))
                    : added.get(random.nextInt(added.size())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
            long key = Vocabulary.pack(w);
            if (key != 0) {
                assertEquals(v.find(w), v.findPacked(key), w);
            }
        }
    }

    @Test
    void wordsThatCannotBePackedAreNotPacked() {
        assertEquals(0, Vocabulary.pack(""));
        assertEquals(0, Vocabulary.pack("côte"));
        assertEquals(0, Vocabulary.pack("u.s"));
        assertEquals(0, Vocabulary.pack("a".repeat(Vocabulary.PACKED_LENGTH + 1)));
        assertNotEquals(Vocabulary.pack("ab"), Vocabulary.pack("ba"));
        assertNotEquals(Vocabulary.pack("a"), Vocabulary.pack("aa"));
    }

    @Test
    void articleWordsOfEveryLengthAndCaseAreFound() {
        Vocabulary v = new Vocabulary();
        List<String> words = List.of("g7", "withdrawal", "withdrawals", "administration", "co2", "us");
        words.forEach(v::add);
        TextTokens t = TextTokens.of(ArticleFixtures.article(null, null,
                "G7 WITHDRAWAL Withdrawals administration CO2 U.S. withdrawa"), v);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            ids.add(t.id(i));
        }
        assertEquals(List.of(v.find("g7"), v.find("withdrawal"), v.find("withdrawals"), v.find("administration"),
                v.find("co2"), v.find("us"), -1), ids);
    }

    private static String randomWord(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(LETTERS.charAt(random.nextInt(random.nextInt(4) == 0 ? LETTERS.length() : 26)));
        }
        return b.toString();
    }
}
