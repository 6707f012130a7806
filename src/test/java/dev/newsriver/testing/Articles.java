package dev.newsriver.testing;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.SourceRef;
import dev.newsriver.article.Tag;
import java.time.Instant;
import java.util.List;

/** Test-data builders for articles. */
public final class Articles {
    private Articles() {
    }

    /** An article from source "test" with the given guid and a body long enough to fingerprint. */
    public static Article.Builder article(String guid, String text) {
        return Article.builder()
                .guid(guid)
                .origin("file:///test/" + guid)
                .title("Title of " + guid)
                .text(text)
                .html("<p>" + text + "</p>")
                .source(new SourceRef("test", "Test source"))
                .ingested(Instant.parse("2024-06-01T00:00:00Z"));
    }

    public static Tag tag(String id, Tag.Kind kind) {
        return new Tag(id, kind, null, id, 0.9, List.of(new Evidence(id, 1, Evidence.Where.BODY)));
    }

    /** A body of {@code n} distinct words, seeded so different seeds share no 4-word shingle. */
    public static String words(String seed, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(seed).append(i).append(' ');
        }
        return sb.toString().strip();
    }
}
