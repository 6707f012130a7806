package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Precision and recall of the tagger on the labelled set, per kind: countries, regions (the labelled
 * countries' sub-regions, continents and groupings plus labelled regions) and topics. Run by
 * {@code TaggingQualityTest} and, to print the figures and every disagreement, by
 * {@code scripts/tagging-quality}.
 */
final class TaggingQuality {
    /** True positives, false positives and false negatives of one kind. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        /** The harmonic mean of precision and recall, 0 when nothing is found. */
        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    final Map<String, Counts> kinds = new LinkedHashMap<>();
    /** Per kind, each item's own {tp, fp, fn}, in item order (what the bootstrap resamples). */
    final Map<String, List<int[]>> perItem = new LinkedHashMap<>();
    final List<String> disagreements = new java.util.ArrayList<>();
    int items;

    /** What a labeller (the tagger or an annotator) gives one item. */
    record Labels(Set<String> countries, Set<String> regions, Set<String> topics) {
    }

    /** Scores the rules of {@code tags} (gazetteer, catalog and tagger built from them) on {@code items}. */
    static TaggingQuality measure(java.nio.file.Path tags, List<LabelledSet.Item> items) {
        Gazetteer g = Gazetteer.standard();
        return measure(Tagger.load(tags), new RegionCatalog(g, TagRulesReader.read(tags, g)), items);
    }

    static TaggingQuality measure(Tagger tagger, RegionCatalog catalog, List<LabelledSet.Item> items) {
        return measure(catalog, items, item -> {
            Article a = tagger.tag(item.article());
            return new Labels(ids(a, Tag.Kind.COUNTRY), ids(a, Tag.Kind.REGION), ids(a, Tag.Kind.TOPIC));
        });
    }

    /** Scores any labeller against the labels; its regions are compared as given. */
    static TaggingQuality measure(RegionCatalog catalog, List<LabelledSet.Item> items,
                                  Function<LabelledSet.Item, Labels> labeller) {
        TaggingQuality q = new TaggingQuality();
        for (String kind : List.of("countries", "regions", "topics")) {
            q.kinds.put(kind, new Counts());
            q.perItem.put(kind, new java.util.ArrayList<>());
        }
        for (LabelledSet.Item item : items) {
            q.items++;
            Labels given = labeller.apply(item);
            q.compare(item.id(), "countries", new LinkedHashSet<>(item.countries()), given.countries());
            q.compare(item.id(), "regions", regions(catalog, item.countries(), item.regions()), given.regions());
            q.compare(item.id(), "topics", new LinkedHashSet<>(item.topics()), given.topics());
        }
        return q;
    }

    /** The labelled regions plus the sub-regions, continents and groupings of the labelled countries. */
    static Set<String> regions(RegionCatalog catalog, List<String> countries, List<String> regions) {
        Set<String> out = new LinkedHashSet<>(regions);
        countries.forEach(c -> out.addAll(catalog.regionsOf(c)));
        return out;
    }

    private static Set<String> ids(Article a, Tag.Kind kind) {
        Set<String> out = new TreeSet<>();
        a.tags().stream().filter(t -> t.kind() == kind).forEach(t -> out.add(t.id()));
        return out;
    }

    private void compare(String id, String kind, Set<String> expected, Set<String> actual) {
        Counts c = kinds.get(kind);
        int[] before = {c.tp, c.fp, c.fn};
        for (String e : expected) {
            if (actual.contains(e)) {
                c.tp++;
            } else {
                c.fn++;
                disagreements.add(id + ": missing " + kind + " " + e);
            }
        }
        for (String a : actual) {
            if (!expected.contains(a)) {
                c.fp++;
                disagreements.add(id + ": extra " + kind + " " + a);
            }
        }
        perItem.get(kind).add(new int[] {c.tp - before[0], c.fp - before[1], c.fn - before[2]});
    }

    /**
     * The 95 % interval of precision and of recall of {@code kind} when the items are drawn again, with
     * replacement, {@code draws} times (a bootstrap over items: an item's tags stay together):
     * {precision low, precision high, recall low, recall high}.
     */
    double[] interval(String kind, int draws, long seed) {
        List<int[]> counts = perItem.get(kind);
        java.util.Random random = new java.util.Random(seed);
        double[] precision = new double[draws];
        double[] recall = new double[draws];
        for (int d = 0; d < draws; d++) {
            Counts c = new Counts();
            for (int k = 0; k < counts.size(); k++) {
                int[] one = counts.get(random.nextInt(counts.size()));
                c.tp += one[0];
                c.fp += one[1];
                c.fn += one[2];
            }
            precision[d] = c.precision();
            recall[d] = c.recall();
        }
        java.util.Arrays.sort(precision);
        java.util.Arrays.sort(recall);
        int low = (int) Math.floor(0.025 * (draws - 1));
        int high = (int) Math.ceil(0.975 * (draws - 1));
        return new double[] {precision[low], precision[high], recall[low], recall[high]};
    }

    void print(PrintStream out) {
        out.printf("items: %d%n", items);
        out.printf("%-10s %9s %7s %5s %5s %5s%n", "kind", "precision", "recall", "tp", "fp", "fn");
        kinds.forEach((kind, c) -> out.printf("%-10s %9.3f %7.3f %5d %5d %5d%n", kind, c.precision(), c.recall(),
                c.tp, c.fp, c.fn));
    }

    /**
     * Prints the figures; {@code -g} adds them per group of items (seeds, written items, Readability
     * pages), {@code -v} lists every disagreement, {@code -e} every candidate tag (published or not, from
     * score 0.3) of the items with a disagreement, with its evidence, {@code -a} the figures of each
     * annotator against the combined labels, {@code -b} the 95 % interval of each figure (items drawn
     * again); {@code -n} and {@code -n2} to {@code -n5} measure the news sets and {@code -h} the held-out
     * set instead of the main one; another tags.yml may be given.
     */
    public static void main(String[] args) {
        List<String> list = List.of(args);
        java.nio.file.Path tags = list.stream().filter(a -> !a.startsWith("-")).findFirst()
                .map(java.nio.file.Path::of).orElse(ArticleFixtures.TAGS);
        Gazetteer g = Gazetteer.standard();
        RegionCatalog catalog = new RegionCatalog(g, TagRulesReader.read(tags, g));
        Tagger tagger = Tagger.load(tags);
        java.nio.file.Path set = list.contains("-h") ? LabelledSet.HELD_OUT
                : list.contains("-n") ? LabelledSet.NEWS
                : list.contains("-n2") ? LabelledSet.NEWS_2
                : list.contains("-n3") ? LabelledSet.NEWS_3
                : list.contains("-n4") ? LabelledSet.NEWS_4
                : list.contains("-n5") ? LabelledSet.NEWS_5 : LabelledSet.LABELS;
        List<LabelledSet.Item> items = LabelledSet.load(set);
        TaggingQuality q = measure(tagger, catalog, items);
        q.print(System.out);
        if (list.contains("-b")) {
            System.out.println("95 % interval, items drawn again 2,000 times:");
            for (String kind : q.kinds.keySet()) {
                double[] i = q.interval(kind, 2000, 1);
                System.out.printf(java.util.Locale.ROOT, "%-10s precision %.3f–%.3f  recall %.3f–%.3f%n", kind, i[0], i[1],
                        i[2], i[3]);
            }
        }
        if (list.contains("-g")) {
            Map<String, java.util.function.Predicate<String>> groups = new LinkedHashMap<>();
            groups.put("seeds", id -> id.startsWith("seed-"));
            groups.put("written items", id -> !id.startsWith("seed-") && !id.startsWith("rt-"));
            groups.put("readability pages", id -> id.startsWith("rt-"));
            groups.forEach((name, in) -> {
                System.out.println("-- " + name);
                measure(tagger, catalog, items.stream().filter(i -> in.test(i.id())).toList()).print(System.out);
            });
        }
        if (list.contains("-a")) {
            Annotations.load(set).forEach((name, labels) -> {
                System.out.println("-- annotator: " + name);
                measure(catalog, items, item -> labels.get(item.id()).given(catalog)).print(System.out);
            });
        }
        if (list.contains("-v")) {
            q.disagreements.forEach(d -> System.out.println("  " + d));
        }
        if (list.contains("-e")) {
            Set<String> disputed = new TreeSet<>();
            q.disagreements.forEach(d -> disputed.add(d.substring(0, d.indexOf(':'))));
            for (LabelledSet.Item item : items) {
                if (!disputed.contains(item.id())) {
                    continue;
                }
                System.out.println("== " + item.id());
                for (Tag t : tagger.candidates(item.article())) {
                    if (t.kind() != Tag.Kind.REGION && t.score() >= 0.3) {
                        System.out.printf("  %-8s %-20s %.2f %s%n", t.kind().json(), t.id(), t.score(), t.evidence());
                    }
                }
            }
        }
    }
}
