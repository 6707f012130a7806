package dev.newsriver.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The three annotators' labels of a labelled set ({@code annotations/first.yml}, {@code second.yml},
 * {@code third.yml} beside its {@code labels.yml}), each written independently by the guidelines of
 * {@code tagging/annotations/GUIDELINES.md}. The labels of {@code labels.yml} are their majority: what
 * at least two of the three gave.
 */
final class Annotations {
    static final List<String> ANNOTATORS = List.of("first", "second", "third");

    /** One annotator's labels of one item. */
    record Entry(String id, List<String> countries, List<String> regions, List<String> topics) {
        /** These labels as a labeller's answer: regions include those the countries imply. */
        TaggingQuality.Labels given(RegionCatalog catalog) {
            return new TaggingQuality.Labels(new LinkedHashSet<>(countries),
                    TaggingQuality.regions(catalog, countries, regions), new LinkedHashSet<>(topics));
        }

        List<String> get(String kind) {
            return switch (kind) {
                case "countries" -> countries;
                case "regions" -> regions;
                case "topics" -> topics;
                default -> throw new IllegalArgumentException(kind);
            };
        }
    }

    private Annotations() {
    }

    /** Annotator → item id → labels, in file order, for the set labelled in {@code labels}. */
    static Map<String, Map<String, Entry>> load(Path labels) {
        Map<String, Map<String, Entry>> out = new LinkedHashMap<>();
        for (String name : ANNOTATORS) {
            out.put(name, read(labels.resolveSibling("annotations").resolve(name + ".yml")));
        }
        return out;
    }

    /** The combined labels of {@code labels}, item id → labels, whether or not the item's text is at hand. */
    static Map<String, Entry> combined(Path labels) {
        return read(labels);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> read(Path file) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            List<Map<String, Object>> entries = root instanceof Map<?, ?> m
                    ? (List<Map<String, Object>>) m.get("items") : (List<Map<String, Object>>) root;
            Map<String, Entry> out = new LinkedHashMap<>();
            for (Map<String, Object> e : entries) {
                String id = e.get("id").toString();
                if (out.put(id, new Entry(id, LabelledSet.list(e, "countries"), LabelledSet.list(e, "regions"),
                        LabelledSet.list(e, "topics"))) != null) {
                    throw new IllegalStateException(file + ": item " + id + " is labelled twice");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels given by at least two annotators, in the order they were first given. */
    static List<String> majority(List<Entry> entries, String kind) {
        Set<String> all = new LinkedHashSet<>();
        entries.forEach(e -> all.addAll(e.get(kind)));
        List<String> out = new ArrayList<>();
        for (String label : all) {
            if (entries.stream().filter(e -> e.get(kind).contains(label)).count() * 2 > entries.size()) {
                out.add(label);
            }
        }
        return out;
    }
}
