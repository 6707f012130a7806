package dev.newsriver.source;

import java.time.Duration;

/**
 * A fetch that failed: refused, timed out, too large, or answered with an error status. The message
 * names the URL and the reason. {@link #status()} is the HTTP status, or 0 when there was none;
 * {@link #retryAfter()} what the server asked for ({@code Retry-After}), or {@code null}. Immutable.
 */
public final class FetchException extends RuntimeException {

    private final int status;
    private final transient Duration retryAfter;

    public FetchException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchException(String message) {
        this(message, 0, null, null);
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether trying again within the same poll may help (network trouble, 500, 502, 504). */
    boolean transientFailure() {
        return (status == 0 && getCause() != null) || status == 500 || status == 502 || status == 504;
    }
}
