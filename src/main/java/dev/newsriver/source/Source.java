package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import reactor.core.publisher.Flux;

/**
 * Something items come from: a feed or a folder. Implementations are thread-safe; {@link #fetch()}
 * may be called repeatedly (each call is one pass), but the scheduler never runs two passes of the
 * same source at once.
 */
public interface Source {

    /** The id and name items of this source carry. */
    SourceRef ref();

    /**
     * One pass: a feed fetch or a folder scan. Finite. A failure of the whole pass (the feed cannot be
     * fetched) is an error signal; a failure of one item (an unreadable file) is logged and skipped.
     */
    Flux<RawDocument> fetch();
}
