package dev.newsriver.store;

import dev.newsriver.article.Article;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an item is kept in the {@code doc} column: the {@link Article} record as JSON, without its id
 * (a column of its own) and its body text (the {@code body} column, which search reads). Thread-safe.
 */
final class ArticleCodec {
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Article a) {
        return json.writeValueAsString(a.toBuilder().id(null).text(null).build());
    }

    Article read(long id, String body, String doc) {
        return json.readValue(doc, Article.class).toBuilder().id(id).text(body).build();
    }
}
