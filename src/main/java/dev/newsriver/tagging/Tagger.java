package dev.newsriver.tagging;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags articles with countries, regions and topics, each with a score and its evidence, following
 * {@code feeds/tags.yml} and the built-in gazetteer. Thread-safe: {@link #tag} may run on many threads
 * while {@link #reloadIfChanged} swaps in new rules atomically; each call sees one set of rules.
 */
public final class Tagger {
    private static final Logger LOG = LoggerFactory.getLogger(Tagger.class);
    /** Highest score first, then by kind and id; written out, as it runs for many pairs of tags per item. */
    private static final Comparator<Tag> ORDER = (a, b) -> {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    /** One consistent set of rules and the matchers built from it, plus what the file looked like. */
    private record State(TagRules rules, RegionCatalog catalog, Vocabulary vocabulary, RegionTagger regions,
                         TopicTagger topics, FileTime modified, long size, String content) {
    }

    private final Path file;
    private final Gazetteer gazetteer;
    private final AtomicReference<State> state = new AtomicReference<>();

    private Tagger(Path file, Gazetteer gazetteer) {
        this.file = file;
        this.gazetteer = gazetteer;
    }

    /** Reads {@code tagsYml}; throws {@link TagRulesException} (file, line, reason) when it is unusable. */
    public static Tagger load(Path tagsYml) {
        Tagger tagger = new Tagger(tagsYml, Gazetteer.standard());
        tagger.state.set(tagger.read());
        return tagger;
    }

    /** A copy of {@code article} with its published tags set, highest score first. */
    public Article tag(Article article) {
        return article.toBuilder().tags(tags(article, state.get(), false)).build();
    }

    /** Every tag with some evidence, published or not (for tests and explanations), highest score first. */
    List<Tag> candidates(Article article) {
        return tags(article, state.get(), true);
    }

    private static List<Tag> tags(Article article, State s, boolean all) {
        TextTokens t = TextTokens.of(article, s.vocabulary());
        double threshold = s.rules().threshold();
        List<Tag> tags = s.regions().tag(t, all ? 0 : threshold);
        Set<String> published = new HashSet<>();
        for (Tag tag : tags) {
            if (tag.score() >= threshold) {
                published.add(tag.id());
            }
        }
        tags.addAll(s.topics().tag(t, published, all ? 0 : threshold));
        tags.sort(ORDER);
        return tags;
    }

    /**
     * Re-reads {@code tags.yml} if its modification time or content changed. On error logs the file,
     * line and reason and keeps the last good rules.
     *
     * @return whether new rules are now in use
     */
    public boolean reloadIfChanged() {
        State current = state.get();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(current.modified()) && Files.size(file) == current.size()) {
                return false;
            }
            State next = read();
            if (next.content().equals(current.content())) {
                state.compareAndSet(current, next);
                return false;
            }
            boolean swapped = state.compareAndSet(current, next);
            if (swapped) {
                LOG.info("reloaded tag rules from {}", file);
            }
            return swapped;
        } catch (TagRulesException e) {
            LOG.warn("keeping the previous tag rules: {}", e.getMessage());
        } catch (IOException e) {
            LOG.warn("keeping the previous tag rules: cannot read {}: {}", file, e.getMessage());
        }
        return false;
    }

    /** Every country, region and topic that can be tagged: id, kind, code and label. */
    public List<TagDefinition> definitions() {
        State s = state.get();
        List<TagDefinition> out = new ArrayList<>();
        gazetteer.countries().forEach(c -> out.add(new TagDefinition(c.id(), Tag.Kind.COUNTRY, c.code(), c.label())));
        s.catalog().labels().forEach((id, label) -> out.add(new TagDefinition(id, Tag.Kind.REGION, null, label)));
        s.rules().topics().forEach(r -> out.add(new TagDefinition(r.id(), Tag.Kind.TOPIC, null, r.label())));
        return List.copyOf(out);
    }

    private State read() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            String content = Files.readString(file);
            TagRules rules = TagRulesReader.read(file.toString(), new java.io.StringReader(content), gazetteer);
            RegionCatalog catalog = new RegionCatalog(gazetteer, rules);
            Vocabulary vocabulary = new Vocabulary();
            return new State(rules, catalog, vocabulary, new RegionTagger(catalog, rules, vocabulary),
                    new TopicTagger(rules, vocabulary), modified, size, content);
        } catch (IOException e) {
            throw new TagRulesException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
