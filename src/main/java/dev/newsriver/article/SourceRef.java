package dev.newsriver.article;

import java.util.Objects;

/**
 * Which configured source an item came from: its stable id (as in {@code feeds/sources.yml}) and the
 * human-readable name shown to readers.
 */
public record SourceRef(String id, String name) {
    public SourceRef {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            name = id;
        }
    }
}
