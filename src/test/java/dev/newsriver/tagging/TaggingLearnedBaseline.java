package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a model learned from the labels decides better than the rules which candidate countries and
 * topics to publish. Every candidate the tagger finds (published or not) becomes a row of features read
 * off its evidence: its score, its rank and its score relative to the item's best, whether and how often
 * it is named in the title, lead, body and categories, how many phrases name it, the body's length. A
 * logistic regression is fitted on four fifths of the items of the main set and the news sets and
 * predicts the other fifth, five times over (items, not candidates, are split, so no item is both learned
 * and predicted). Its precision and recall at several cut-offs are printed beside the rules' on the same
 * items. For countries a second model also reads the words of the sentences that name the candidate (the
 * name itself left out): what is said of a country, which counts and places of mentions do not give.
 * A learning curve fits it on a quarter, half and three quarters of each training fold, to show what
 * more labelled text would bring. Run by {@code scripts/tagging-learned-baseline}.
 */
final class TaggingLearnedBaseline {
    private static final int FOLDS = 5;

    private TaggingLearnedBaseline() {
    }

    /**
     * One candidate: its item's index, whether it is labelled, whether the rules publish it, its features,
     * and the ids of the context words it has (each a feature of value 1; none unless asked for).
     */
    record Row(int item, boolean labelled, boolean published, double[] x, int[] words) {
        Row(int item, boolean labelled, boolean published, double[] x) {
            this(item, labelled, published, x, new int[0]);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The title, the lead and the body's sentences of an article. */
    static List<String> sentences(Article a) {
        List<String> out = new ArrayList<>();
        for (String part : new String[] {a.title(), a.summary(), a.text()}) {
            if (part != null) {
                for (String s : SENTENCE_END.split(part)) {
                    if (!s.isBlank()) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The lower-cased words of the sentences where {@code tag}'s evidence is named, the naming words left
     * out, each once, as ids of {@code vocabulary} (new words are added).
     */
    static int[] contextWords(Tag tag, List<String> sentences, Map<String, Integer> vocabulary) {
        Set<Integer> ids = new TreeSet<>();
        for (Evidence e : tag.evidence()) {
            Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.text()) + "(?![\\p{L}\\p{N}])");
            for (String s : sentences) {
                Matcher m = name.matcher(s);
                if (m.find()) {
                    Matcher w = WORD.matcher(m.replaceAll(" "));
                    while (w.find()) {
                        String word = w.group().toLowerCase(Locale.ROOT);
                        ids.add(vocabulary.computeIfAbsent(word, k -> vocabulary.size()));
                    }
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<Row> rows(Tagger tagger, List<LabelledSet.Item> items, Tag.Kind kind, double threshold, int[] missed) {
        return rows(tagger, items, kind, threshold, missed, null);
    }

    /** As above; with a {@code vocabulary}, each row also gets its context words. */
    static List<Row> rows(Tagger tagger, List<LabelledSet.Item> items, Tag.Kind kind, double threshold, int[] missed,
                          Map<String, Integer> vocabulary) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabelledSet.Item item = items.get(i);
            List<Tag> tags = tagger.candidates(item.article()).stream().filter(t -> t.kind() == kind)
                    .sorted(Comparator.comparingDouble(Tag::score).reversed()).toList();
            Set<String> labels = new HashSet<>(kind == Tag.Kind.COUNTRY ? item.countries() : item.topics());
            String text = item.article().text() == null ? "" : item.article().text();
            double words = Math.log(1 + text.split("\\s+").length);
            double best = tags.isEmpty() ? 1 : Math.max(0.01, tags.get(0).score());
            List<String> sentences = vocabulary == null ? List.of() : sentences(item.article());
            for (int r = 0; r < tags.size(); r++) {
                Tag t = tags.get(r);
                double[] counts = new double[Evidence.Where.values().length];
                for (Evidence e : t.evidence()) {
                    counts[e.where().ordinal()] += e.count();
                }
                double[] x = new double[7 + 2 * counts.length];
                x[0] = t.score();
                x[1] = -Math.log(Math.max(0.001, 1 - t.score()));
                x[2] = t.score() / best;
                x[3] = r == 0 ? 1 : 0;
                x[4] = Math.min(r, 5);
                x[5] = t.evidence().size();
                x[6] = words;
                for (int w = 0; w < counts.length; w++) {
                    x[7 + w] = counts[w] > 0 ? 1 : 0;
                    x[7 + counts.length + w] = Math.log(1 + counts[w]);
                }
                int[] context = vocabulary == null ? new int[0] : contextWords(t, sentences, vocabulary);
                rows.add(new Row(i, labels.remove(t.id()), t.score() >= threshold, x, context));
            }
            missed[0] += labels.size();
        }
        return rows;
    }

    /** Weights (bias last) of an L2-regularised logistic regression, by batch gradient descent. */
    static double[] fit(List<Row> rows, double[] mean, double[] sd, double lambda) {
        return fit(rows, mean, sd, lambda, 0);
    }

    /**
     * As above, with {@code words} context-word weights after the bias (ids of {@link Row#words()} below
     * {@code words}; others are left out); a word never seen in {@code rows} keeps weight 0.
     */
    static double[] fit(List<Row> rows, double[] mean, double[] sd, double lambda, int words) {
        int d = mean.length;
        double[] w = new double[d + 1 + words];
        double[] grad = new double[w.length];
        for (int step = 0; step < 3000; step++) {
            java.util.Arrays.fill(grad, 0);
            for (Row row : rows) {
                double err = predict(w, row, mean, sd) - (row.labelled() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    grad[j] += err * (row.x()[j] - mean[j]) / sd[j];
                }
                grad[d] += err;
                for (int id : row.words()) {
                    if (id < words) {
                        grad[d + 1 + id] += err;
                    }
                }
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= 0.5 * (grad[j] / rows.size() + (j != d ? lambda * w[j] : 0));
            }
        }
        return w;
    }

    static double predict(double[] w, double[] x, double[] mean, double[] sd) {
        return predict(w, new Row(0, false, false, x), mean, sd);
    }

    static double predict(double[] w, Row row, double[] mean, double[] sd) {
        double[] x = row.x();
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * (x[j] - mean[j]) / sd[j];
        }
        for (int id : row.words()) {
            z += x.length + 1 + id < w.length ? w[x.length + 1 + id] : 0;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Each row's probability as predicted by a model fitted on the other folds' items; with
     * {@code share} below 1, on that share of them, drawn with {@code seed}.
     */
    static double[] outOfFold(List<Row> rows, int words, double share, long seed) {
        double[] p = new double[rows.size()];
        int d = rows.get(0).x().length;
        for (int fold = 0; fold < FOLDS; fold++) {
            final int f = fold;
            Random draw = new Random(seed * 31 + fold);
            Map<Integer, Boolean> kept = new HashMap<>();
            List<Row> train = rows.stream().filter(r -> r.item() % FOLDS != f)
                    .filter(r -> kept.computeIfAbsent(r.item(), k -> draw.nextDouble() < share)).toList();
            double[] mean = new double[d];
            double[] sd = new double[d];
            for (Row r : train) {
                for (int j = 0; j < d; j++) {
                    mean[j] += r.x()[j] / train.size();
                }
            }
            for (Row r : train) {
                for (int j = 0; j < d; j++) {
                    sd[j] += Math.pow(r.x()[j] - mean[j], 2) / train.size();
                }
            }
            for (int j = 0; j < d; j++) {
                sd[j] = Math.sqrt(sd[j]) + 1e-9;
            }
            double[] w = fit(train, mean, sd, 0.01, words);
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k).item() % FOLDS == fold) {
                    p[k] = predict(w, rows.get(k), mean, sd);
                }
            }
        }
        return p;
    }

    /** The counts of publishing the {@code chosen} rows, the {@code missed} labels counting as not found. */
    private static TaggingQuality.Counts counts(List<Row> rows, boolean[] chosen, int missed) {
        TaggingQuality.Counts c = new TaggingQuality.Counts();
        c.fn = missed;
        for (int k = 0; k < rows.size(); k++) {
            boolean labelled = rows.get(k).labelled();
            c.tp += chosen[k] && labelled ? 1 : 0;
            c.fp += chosen[k] && !labelled ? 1 : 0;
            c.fn += !chosen[k] && labelled ? 1 : 0;
        }
        return c;
    }

    private static boolean[] atLeast(double[] p, double cut) {
        boolean[] chosen = new boolean[p.length];
        for (int k = 0; k < p.length; k++) {
            chosen[k] = p[k] >= cut;
        }
        return chosen;
    }

    private static String figures(String label, List<Row> rows, boolean[] chosen, int missed) {
        TaggingQuality.Counts c = counts(rows, chosen, missed);
        return String.format(Locale.ROOT, "  %-36s precision %.3f  recall %.3f  F1 %.3f", label, c.precision(),
                c.recall(), c.f1());
    }

    private static final double[] CUTS = {0.3, 0.4, 0.5, 0.6};

    public static void main(String[] args) {
        Tagger tagger = Tagger.load(ArticleFixtures.TAGS);
        double threshold = TagRulesReader.read(ArticleFixtures.TAGS, Gazetteer.standard()).threshold();
        List<LabelledSet.Item> items = LabelledSet.development();
        System.out.printf("items: %d (main set and news sets), %d-fold by item%n", items.size(), FOLDS);
        for (Tag.Kind kind : List.of(Tag.Kind.COUNTRY, Tag.Kind.TOPIC)) {
            int[] missed = new int[1];
            Map<String, Integer> vocabulary = new HashMap<>();
            List<Row> rows = rows(tagger, items, kind, threshold, missed, kind == Tag.Kind.COUNTRY ? vocabulary : null);
            System.out.printf("%s: %d candidates%n", kind.json(), rows.size());
            boolean[] rules = new boolean[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                rules[k] = rows.get(k).published();
            }
            System.out.println(figures("rules (score >= " + threshold + ")", rows, rules, missed[0]));
            double[] p = outOfFold(rows, 0, 1, 0);
            for (double cut : CUTS) {
                System.out.println(figures("learned, p >= " + cut, rows, atLeast(p, cut), missed[0]));
            }
            if (kind != Tag.Kind.COUNTRY) {
                continue;
            }
            double[] pw = outOfFold(rows, vocabulary.size(), 1, 0);
            for (double cut : CUTS) {
                System.out.println(figures("learned + context words, p >= " + cut, rows, atLeast(pw, cut), missed[0]));
            }
            System.out.println("  learning curve (context words, p >= 0.4; F1 out of fold, mean of 3 draws):");
            for (double share : new double[] {0.25, 0.5, 0.75, 1}) {
                int draws = share < 1 ? 3 : 1;
                double f1 = 0;
                for (int seed = 1; seed <= draws; seed++) {
                    f1 += counts(rows, atLeast(outOfFold(rows, vocabulary.size(), share, seed), 0.4), missed[0]).f1()
                            / draws;
                }
                System.out.printf(Locale.ROOT, "    %3.0f %% of the training items  F1 %.3f%n", share * 100, f1);
            }
        }
    }
}
