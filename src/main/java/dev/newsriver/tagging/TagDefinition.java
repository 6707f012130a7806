package dev.newsriver.tagging;

import dev.newsriver.article.Tag;

/**
 * A tag that can be given: its id, kind, ISO alpha-3 code (countries only, else {@code null}) and
 * label, as listed by {@code /api/tags}.
 */
public record TagDefinition(String id, Tag.Kind kind, String code, String label) {
}
