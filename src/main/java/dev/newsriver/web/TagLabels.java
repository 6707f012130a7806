package dev.newsriver.web;

/** The human-readable label of a region or topic id, for feed titles; the id itself when unknown. */
@FunctionalInterface
public interface TagLabels {
    String label(String id);
}
