package dev.newsriver.tagging;

import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a model learned from the labels decides better than the rules which candidate countries and
 * topics to publish. Every candidate the tagger finds (published or not) becomes a row of features read
 * off its evidence: its score, its rank and its score relative to the item's best, whether and how often
 * it is named in the title, lead, body and categories, how many phrases name it, the body's length. A
 * logistic regression is fitted on four fifths of the items of the main set and the news sets and
 * predicts the other fifth, five times over (items, not candidates, are split, so no item is both learned
 * and predicted). Its precision and recall at several cut-offs are printed beside the rules' on the same
 * items. Run by {@code scripts/tagging-learned-baseline}.
 */
final class TaggingLearnedBaseline {
    private static final int FOLDS = 5;

    private TaggingLearnedBaseline() {
    }

    /** One candidate: its item's index, whether it is labelled, whether the rules publish it, its features. */
    record Row(int item, boolean labelled, boolean published, double[] x) {
    }

    static List<Row> rows(Tagger tagger, List<LabelledSet.Item> items, Tag.Kind kind, double threshold, int[] missed) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabelledSet.Item item = items.get(i);
            List<Tag> tags = tagger.candidates(item.article()).stream().filter(t -> t.kind() == kind)
                    .sorted(Comparator.comparingDouble(Tag::score).reversed()).toList();
            Set<String> labels = new HashSet<>(kind == Tag.Kind.COUNTRY ? item.countries() : item.topics());
            String text = item.article().text() == null ? "" : item.article().text();
            double words = Math.log(1 + text.split("\\s+").length);
            double best = tags.isEmpty() ? 1 : Math.max(0.01, tags.get(0).score());
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
                rows.add(new Row(i, labels.remove(t.id()), t.score() >= threshold, x));
            }
            missed[0] += labels.size();
        }
        return rows;
    }

    /** Weights (bias last) of an L2-regularised logistic regression, by batch gradient descent. */
    static double[] fit(List<Row> rows, double[] mean, double[] sd, double lambda) {
        int d = mean.length;
        double[] w = new double[d + 1];
        for (int step = 0; step < 3000; step++) {
            double[] grad = new double[d + 1];
            for (Row row : rows) {
                double err = predict(w, row.x(), mean, sd) - (row.labelled() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    grad[j] += err * (row.x()[j] - mean[j]) / sd[j];
                }
                grad[d] += err;
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= 0.5 * (grad[j] / rows.size() + (j < d ? lambda * w[j] : 0));
            }
        }
        return w;
    }

    static double predict(double[] w, double[] x, double[] mean, double[] sd) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) {
            z += w[j] * (x[j] - mean[j]) / sd[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static String figures(String label, List<Row> rows, boolean[] chosen, int missed) {
        int tp = 0;
        int fp = 0;
        int labelled = missed;
        for (int k = 0; k < rows.size(); k++) {
            labelled += rows.get(k).labelled() ? 1 : 0;
            tp += chosen[k] && rows.get(k).labelled() ? 1 : 0;
            fp += chosen[k] && !rows.get(k).labelled() ? 1 : 0;
        }
        return String.format(Locale.ROOT, "  %-28s precision %.3f  recall %.3f", label, (double) tp / Math.max(1, tp + fp),
                (double) tp / labelled);
    }

    public static void main(String[] args) {
        Tagger tagger = Tagger.load(ArticleFixtures.TAGS);
        double threshold = TagRulesReader.read(ArticleFixtures.TAGS, Gazetteer.standard()).threshold();
        List<LabelledSet.Item> items = LabelledSet.development();
        System.out.printf("items: %d (main set and news sets), %d-fold by item%n", items.size(), FOLDS);
        for (Tag.Kind kind : List.of(Tag.Kind.COUNTRY, Tag.Kind.TOPIC)) {
            int[] missed = new int[1];
            List<Row> rows = rows(tagger, items, kind, threshold, missed);
            double[] p = new double[rows.size()];
            for (int fold = 0; fold < FOLDS; fold++) {
                final int f = fold;
                List<Row> train = rows.stream().filter(r -> r.item() % FOLDS != f).toList();
                int d = rows.get(0).x().length;
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
                double[] w = fit(train, mean, sd, 0.01);
                for (int k = 0; k < rows.size(); k++) {
                    if (rows.get(k).item() % FOLDS == fold) {
                        p[k] = predict(w, rows.get(k).x(), mean, sd);
                    }
                }
            }
            System.out.printf("%s: %d candidates%n", kind.json(), rows.size());
            boolean[] rules = new boolean[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                rules[k] = rows.get(k).published();
            }
            System.out.println(figures("rules (score >= " + threshold + ")", rows, rules, missed[0]));
            for (double cut : new double[] {0.3, 0.4, 0.5, 0.6}) {
                boolean[] chosen = new boolean[rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    chosen[k] = p[k] >= cut;
                }
                System.out.println(figures("learned, p >= " + cut, rows, chosen, missed[0]));
            }
        }
    }
}
