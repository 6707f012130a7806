package dev.newsriver.store;

import dev.newsriver.article.Article;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an item is kept in the {@code doc} column: the {@link Article} record as JSON, without its id
 * (a column of its own), its body text (the {@code body} column, which search reads) and its fingerprint
 * (the {@code content_hash} and {@code signature} columns; as JSON its 128 numbers took longer to write
 * than the rest of the item). Thread-safe.
 */
final class ArticleCodec {
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Article a) {
        return json.writeValueAsString(a.toBuilder().id(null).text(null).fingerprint(null).build());
    }

    Article read(long id, String body, String doc) {
        return json.readValue(doc, Article.class).toBuilder().id(id).text(body).build();
    }
}
