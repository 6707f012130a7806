package dev.newsriver.source;

/** A body that is not a feed Newsriver can read; the message names the feed and the reason. Immutable. */
public final class FeedParseException extends RuntimeException {
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
