package dev.newsriver.tagging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the tagger's figures move when one scoring setting of {@code tags.yml} moves: each number above
 * the {@code gazetteer:} section (the threshold and every {@code scoring} weight) is set a quarter lower
 * and a quarter higher in turn, and precision, recall and F1 per kind are printed, pooled over the main
 * set and the news sets. A setting whose every move lowers F1 sits at a local optimum of those sets.
 * Run by {@code scripts/tagging-sensitivity}.
 */
final class TaggingSensitivity {
    private static final Pattern NUMBER = Pattern.compile("([A-Za-z][\\w-]*): (\\d+(?:\\.\\d+)?)");
    private static final List<String> KINDS = List.of("countries", "regions", "topics");

    private TaggingSensitivity() {
    }

    /** One number of the file: its name, and where it stands. */
    record Setting(String name, int start, int end, double value) {
    }

    /** The numbers before the gazetteer section, named "scoring.where.title" style by their line. */
    static List<Setting> settings(String yaml) {
        List<Setting> out = new ArrayList<>();
        int end = yaml.indexOf("\ngazetteer:");
        int offset = 0;
        for (String line : yaml.substring(0, end < 0 ? yaml.length() : end).split("\n", -1)) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            Matcher m = NUMBER.matcher(code);
            String lineKey = code.strip().split(":", 2)[0];
            while (m.find()) {
                String name = m.group(1).equals(lineKey) ? lineKey : lineKey + "." + m.group(1);
                out.add(new Setting(name, offset + m.start(2), offset + m.end(2), Double.parseDouble(m.group(2))));
            }
            offset += line.length() + 1;
        }
        return out;
    }

    /** The counts per kind, in {@link #KINDS} order, of the rules of {@code tags} on {@code items}. */
    static List<TaggingQuality.Counts> pooled(Path tags, List<LabelledSet.Item> items) {
        TaggingQuality q = TaggingQuality.measure(tags, items);
        return KINDS.stream().map(q.kinds::get).toList();
    }

    private static String row(String label, List<TaggingQuality.Counts> counts) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-32s", label));
        for (TaggingQuality.Counts c : counts) {
            s.append(String.format(Locale.ROOT, "  %.3f %.3f %.3f", c.precision(), c.recall(), c.f1()));
        }
        return s.toString();
    }

    public static void main(String[] args) throws IOException {
        Path tags = args.length > 0 ? Path.of(args[0]) : ArticleFixtures.TAGS;
        String yaml = Files.readString(tags);
        List<LabelledSet.Item> items = LabelledSet.development();
        System.out.printf("items: %d; per kind (countries, regions, topics): precision recall F1%n", items.size());
        System.out.println(row("as configured", pooled(tags, items)));
        Path variant = Files.createTempFile("tags", ".yml");
        try {
            for (Setting s : settings(yaml)) {
                for (double factor : new double[] {0.75, 1.25}) {
                    double value = Math.round(s.value() * factor * 1000) / 1000.0;
                    String to = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
                    Files.writeString(variant, yaml.substring(0, s.start()) + to + yaml.substring(s.end()));
                    String from = yaml.substring(s.start(), s.end());
                    System.out.println(row(s.name() + " " + from + " → " + to, pooled(variant, items)));
                }
            }
        } finally {
            Files.deleteIfExists(variant);
        }
    }
}
