package dev.newsriver.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction score of the public Zyte article-extraction benchmark, as in
 * {@code ../shared/tools/extraction-score}: word 4-gram shingles with counts, per-page precision and
 * recall normalised by the page's shingle total, means over pages, F1 of the means. Not thread-safe.
 */
final class ShingleScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private double recallSum;
    private int pages;

    /** Adds one page and returns its own F1. */
    double add(String expected, String predicted) {
        Map<String, Integer> e = shingles(expected);
        Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> x : p.entrySet()) {
            int inE = e.getOrDefault(x.getKey(), 0);
            tp += Math.min(inE, x.getValue());
            fp += Math.max(0, x.getValue() - inE);
        }
        for (Map.Entry<String, Integer> x : e.entrySet()) {
            fn += Math.max(0, x.getValue() - p.getOrDefault(x.getKey(), 0));
        }
        double precision = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        precisionSum += precision;
        recallSum += recall;
        pages++;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double precision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int pages() {
        return pages;
    }

    private static Map<String, Integer> shingles(String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(String.join("\u0001", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
