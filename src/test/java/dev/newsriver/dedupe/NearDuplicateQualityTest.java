package dev.newsriver.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsriver.article.Fingerprint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Near-duplicate detection measured on the readability test pages: each page's HTML and its text dump
 * must be found duplicates (recall), and no two different articles may be (precision). Many of the
 * corpus' synthetic cases share one sample text; the truth for two cases is therefore read from their
 * expected article texts: pairs of different cases whose expected texts share a fifth of their word
 * 4-grams or more are left out, the rest are different articles. Prints the figures quoted in docs/QUALITY.md;
 * with {@code -DargLine=-Dmisses=true} also every pair it misses.
 */
class NearDuplicateQualityTest {

    private static Set<Long> shingles(String text) {
        long[] w = Fingerprinter.words(text, new StringBuilder());
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(((w[i] * 31 + w[i + 1]) * 31 + w[i + 2]) * 31 + w[i + 3]);
        }
        return out;
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    @Test
    void htmlAndTextOfOnePageAreDuplicatesAndDifferentArticlesAreNot() throws IOException {
        assumeTrue(CorpusPairs.available(), "../shared/corpora is not present");
        JsonNode expected = JsonMapper.builder().build()
                .readTree(CorpusPairs.CORPUS.resolve("expected-text.json").toFile());
        Map<String, Set<Long>> truth = new HashMap<>();
        DedupeSettings settings = DedupeSettings.defaults(1000);
        Fingerprinter fingerprinter = new Fingerprinter(settings.signatureSize());
        List<String> ids = new ArrayList<>();
        List<Fingerprint> prints = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (CorpusPairs.Case c : CorpusPairs.load()) {
            if (c.fromHtml() == null || c.fromText() == null || !expected.has(c.id())) {
                continue;
            }
            truth.put(c.id(), shingles(expected.get(c.id()).get("articleBody").asString()));
            for (var a : List.of(c.fromHtml(), c.fromText())) {
                ids.add(c.id());
                prints.add(fingerprinter.fingerprint(a));
                titles.add(String.valueOf(a.title()));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int negatives = 0;
        int leftOut = 0;
        List<Double> positives = new ArrayList<>();
        double worstNegative = 0;
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                boolean samePage = ids.get(i).equals(ids.get(j));
                if (!samePage && jaccard(truth.get(ids.get(i)), truth.get(ids.get(j))) >= 0.2) {
                    leftOut++; // two synthetic cases built on one sample text: neither truth applies
                    continue;
                }
                Fingerprint a = prints.get(i);
                Fingerprint b = prints.get(j);
                double s = similarity(a, b);
                boolean flagged = settings.duplicates(s, a.containment(b), a.openingAgreement(b), a.sameNumbers(b),
                        Math.min(a.shingles(), b.shingles()));
                if (samePage && !flagged && Boolean.getBoolean("misses")) {
                    System.out.printf("missed: %s similarity %.2f containment %.2f opening %.2f, titles \"%s\" and \"%s\"%n",
                            ids.get(i), s, a.containment(b), a.openingAgreement(b), titles.get(i), titles.get(j));
                }
                if (samePage) {
                    positives.add(s);
                    tp += flagged ? 1 : 0;
                    fn += flagged ? 0 : 1;
                } else {
                    negatives++;
                    fp += flagged ? 1 : 0;
                    worstNegative = Math.max(worstNegative, s);
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        positives.sort(Double::compare);
        System.out.printf("near-duplicates: %d documents, %d duplicate pairs, %d different-article pairs, %d left out;"
                        + " precision %.4f recall %.4f; duplicate-pair similarity p5 %.2f median %.2f;"
                        + " highest between different articles %.2f%n",
                prints.size(), tp + fn, negatives, leftOut, precision, recall,
                positives.get(positives.size() / 20), positives.get(positives.size() / 2), worstNegative);
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
        // the target (0.992 reached: 129 of 130 pairs; the miss is in docs/QUALITY.md)
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    /** Exact copies have one content hash; otherwise the MinHash estimate. */
    private static double similarity(Fingerprint a, Fingerprint b) {
        return a.contentHash().equals(b.contentHash()) ? 1.0 : a.similarity(b);
    }
}
