package dev.newsriver.dedupe;

import dev.newsriver.article.Article;
import dev.newsriver.article.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories by subject: items that share their main countries and a main topic, and enough key names
 * ({@link KeyNames}), within a window of time, are one story even when their texts do not overlap (two
 * outlets' own reports of one event). Each subject ("niger+united-states / us-troops") keeps its recent
 * stories with the names seen in them; a story stays open while items keep joining it. Bounded: at most
 * {@value #STORIES_PER_SUBJECT} stories per subject, {@value #SUBJECTS} subjects, {@value #NAMES} names per
 * story. Not thread-safe: {@link Deduplicator} calls it under its lock.
 */
final class StoryIndex {
    private static final int STORIES_PER_SUBJECT = 32;
    private static final int SUBJECTS = 10_000;
    private static final int NAMES = 256;

    private static final class Open {
        final String story;
        final Set<String> names = new java.util.LinkedHashSet<>();
        Instant last;

        Open(String story, Instant last) {
            this.story = story;
            this.last = last;
        }
    }

    private final Duration window;
    private final int sharedNames;
    /** Key names of the items classified lately, by their text: {@link #add} then needs no second pass. */
    private final Map<String, Set<String>> recentNames = new java.util.IdentityHashMap<>();
    private final java.util.ArrayDeque<String> recentOrder = new java.util.ArrayDeque<>();
    private final Map<String, Deque<Open>> subjects = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Open>> eldest) {
            return size() > SUBJECTS;
        }
    };

    StoryIndex(Duration window, int sharedNames) {
        this.window = window;
        this.sharedNames = sharedNames;
    }

    /**
     * The open story, among those of {@code a}'s subjects, that shares the most key names with it (at least
     * the minimum), or null.
     */
    String match(Article a) {
        Set<String> names = null;
        Instant at = time(a);
        Open best = null;
        int bestShared = sharedNames - 1;
        for (String subject : subjects(a)) {
            Deque<Open> open = subjects.get(subject);
            if (open == null) {
                continue;
            }
            names = names == null ? names(a) : names;
            for (Open o : open) {
                if (Duration.between(o.last, at).compareTo(window) > 0) {
                    continue;
                }
                int shared = 0;
                for (String n : names) {
                    shared += o.names.contains(n) ? 1 : 0;
                }
                if (shared > bestShared) {
                    best = o;
                    bestShared = shared;
                }
            }
        }
        return best == null ? null : best.story;
    }

    /** Records a stored item under each of its subjects and its story. */
    void add(Article a) {
        if (a.story() == null) {
            return;
        }
        for (String subject : subjects(a)) {
            add(a, subjects.computeIfAbsent(subject, s -> new ArrayDeque<>()));
        }
    }

    private void add(Article a, Deque<Open> open) {
        Open story = open.stream().filter(o -> o.story.equals(a.story())).findFirst().orElse(null);
        if (story == null) {
            story = new Open(a.story(), time(a));
            open.addFirst(story);
            if (open.size() > STORIES_PER_SUBJECT) {
                open.removeLast();
            }
        }
        Instant at = time(a);
        story.last = at.isAfter(story.last) ? at : story.last;
        for (String n : names(a)) {
            if (story.names.size() >= NAMES) {
                break;
            }
            story.names.add(n);
        }
    }

    /** The key names of {@code a}, computed once for the classification and the remembering of one item. */
    private Set<String> names(Article a) {
        String text = a.text() == null ? "" : a.text();
        Set<String> names = recentNames.get(text);
        if (names == null) {
            names = KeyNames.of(a);
            recentNames.put(text, names);
            recentOrder.addLast(text);
            if (recentOrder.size() > 256) {
                recentNames.remove(recentOrder.removeFirst());
            }
        }
        return names;
    }

    /**
     * "countries/topic" for each main topic, with the main countries (see {@link KeyNames#main}); empty when
     * the item has no country or no topic. A story about Niger and the United States that is about US troops
     * and the junta is filed under both topics.
     */
    static List<String> subjects(Article a) {
        List<String> countries = KeyNames.main(a, Tag.Kind.COUNTRY);
        if (countries.isEmpty()) {
            return List.of();
        }
        String where = String.join("+", countries) + "/";
        return KeyNames.main(a, Tag.Kind.TOPIC).stream().map(topic -> where + topic).toList();
    }

    /** When the item entered the river (the window is about what the river carried lately). */
    private static Instant time(Article a) {
        return a.ingested() != null ? a.ingested() : Instant.EPOCH;
    }
}
