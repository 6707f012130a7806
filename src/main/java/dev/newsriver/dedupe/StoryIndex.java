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
 * Stories by subject: items that share their main countries and main topic, and enough key names
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

    /** The open story of {@code a}'s subject that shares the most key names with it (at least the minimum), or null. */
    String match(Article a) {
        String subject = subject(a);
        Deque<Open> open = subject == null ? null : subjects.get(subject);
        if (open == null) {
            return null;
        }
        Set<String> names = names(a);
        Instant at = time(a);
        Open best = null;
        int bestShared = sharedNames - 1;
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
        return best == null ? null : best.story;
    }

    /** Records a stored item under its subject and story. */
    void add(Article a) {
        String subject = subject(a);
        if (subject == null || a.story() == null) {
            return;
        }
        Deque<Open> open = subjects.computeIfAbsent(subject, s -> new ArrayDeque<>());
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

    /** "countries/topic" from the highest-scoring country and topic tags, or null when either is missing. */
    static String subject(Article a) {
        List<String> countries = KeyNames.main(a, Tag.Kind.COUNTRY);
        List<String> topics = KeyNames.main(a, Tag.Kind.TOPIC);
        return countries.isEmpty() || topics.isEmpty() ? null : String.join("+", countries) + "/" + String.join("+", topics);
    }

    /** When the item entered the river (the window is about what the river carried lately). */
    private static Instant time(Article a) {
        return a.ingested() != null ? a.ingested() : Instant.EPOCH;
    }
}
