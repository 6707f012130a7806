package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.clean.Cleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hand-labelled items of {@code src/test/resources/tagging/labels.yml}: fixture files, and pages
 * of the Readability corpus under {@code ../shared} (left out when that folder is absent).
 */
final class LabelledSet {
    static final Path LABELS = Path.of("src/test/resources/tagging/labels.yml");
    /** Wire-style news written by someone who had not seen the rules; used to develop them since. */
    static final Path NEWS = Path.of("src/test/resources/tagging/news/labels.yml");
    /** A second such set, written and first measured after the news set's changes; used to develop since. */
    static final Path NEWS_2 = Path.of("src/test/resources/tagging/news-2/labels.yml");
    /** The first held-out set of the eighth session, a development set since the tenth (see its labels.yml). */
    static final Path NEWS_3 = Path.of("src/test/resources/tagging/news-3/labels.yml");
    /** The second held-out set of the ninth session, a development set since the tenth. */
    static final Path NEWS_4 = Path.of("src/test/resources/tagging/news-4/labels.yml");
    /** The held-out set of the tenth session, a development set since the eleventh. */
    static final Path NEWS_5 = Path.of("src/test/resources/tagging/news-5/labels.yml");
    /** Items written in the eleventh session by two authors who had not seen the rules; never tuned on. */
    static final Path HELD_OUT = Path.of("src/test/resources/tagging/held-out/labels.yml");
    static final Path READABILITY = Path.of("../shared/corpora/readability-test-pages");

    /** One labelled item: the article and the countries, extra regions and topics it should get. */
    record Item(String id, Article article, List<String> countries, List<String> regions, List<String> topics) {
    }

    private LabelledSet() {
    }

    static boolean readabilityAvailable() {
        return Files.isRegularFile(READABILITY.resolve("expected-text.json"));
    }

    /** The items the rules are developed on: the main set, then the five news sets. */
    static List<Item> development() {
        List<Item> items = new ArrayList<>();
        for (Path set : List.of(LABELS, NEWS, NEWS_2, NEWS_3, NEWS_4, NEWS_5)) {
            items.addAll(load(set));
        }
        return items;
    }

    /** Every item of the main set whose text is available, in file order. */
    static List<Item> load() {
        return load(LABELS);
    }

    /** Every item of the set labelled in {@code labels} whose text is available, in file order. */
    @SuppressWarnings("unchecked")
    static List<Item> load(Path labels) {
        try {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(labels));
            JsonNode texts = readabilityAvailable()
                    ? new ObjectMapper().readTree(Files.readString(READABILITY.resolve("expected-text.json"))) : null;
            List<Item> items = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("items")) {
                Article article = entry.containsKey("file")
                        ? ArticleFixtures.read(labels.resolveSibling(entry.get("file").toString()))
                        : texts == null ? null : readability(entry.get("readability").toString(), texts);
                if (article != null) {
                    items.add(new Item(entry.get("id").toString(), article, list(entry, "countries"),
                            list(entry, "regions"), list(entry, "topics")));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article readability(String name, JsonNode texts) throws IOException {
        JsonNode meta = new ObjectMapper().readTree(Files.readString(READABILITY.resolve(name)
                .resolve("expected-metadata.json")));
        String title = meta.path("title").asString(null);
        String body = texts.path(name).path("articleBody").asString();
        List<String> paragraphs = body.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
        // as the pipeline gives a cleaned page: its lead is the first paragraph that reads as prose
        return ArticleFixtures.article(title, paragraphs.isEmpty() ? null : Cleaner.lead(paragraphs), body);
    }

    /** The list of ids under {@code key} of one labels entry, empty when absent. */
    @SuppressWarnings("unchecked")
    static List<String> list(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? List.of() : List.copyOf((List<String>) value);
    }
}
