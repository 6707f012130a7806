package dev.newsriver.source;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every fetch obeys and the default polling interval. An immutable value; safe to share
 * between threads.
 *
 * @param allowPrivateNetworks whether loopback and private addresses may be fetched (tests, local stubs)
 * @param connectTimeout       how long a TCP connect may take
 * @param readTimeout          how long the server may stay silent before the fetch fails
 * @param maxBodyBytes         the largest body accepted, counted while streaming (after gzip)
 * @param maxRedirects         how many redirects one fetch follows at most
 * @param maxRetries           how many times a transient failure is retried within one poll
 * @param defaultInterval      the polling interval of a feed that names none, until it has two dated items
 *                             (its posting rate decides after that); kept within 5 min – 24 h
 * @param userAgent            the {@code User-Agent} sent with every request
 */
public record FetchSettings(
        boolean allowPrivateNetworks,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int maxRetries,
        Duration defaultInterval,
        String userAgent) {

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(defaultInterval, "defaultInterval");
        // zero would switch Netty's connect timeout off: a fetch could wait on a silent host for good
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("newsriver.fetch.connect-timeout and read-timeout must be positive, not "
                    + connectTimeout + " and " + readTimeout);
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBodyBytes must be in 1.." + Integer.MAX_VALUE);
        }
        if (maxRedirects < 0 || maxRetries < 0) {
            throw new IllegalArgumentException("maxRedirects and maxRetries must not be negative");
        }
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = defaults().userAgent();
        }
    }

    /** Safe defaults: public networks only, 10 s connect, 30 s read, 10 MiB, 5 redirects, 2 retries, 15 min. */
    public static FetchSettings defaults() {
        return new FetchSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024,
                5, 2, Duration.ofMinutes(15),
                "Newsriver/0.1 (news feed aggregator; polite polling, conditional GET)");
    }

    /** A copy that may (or may not) fetch from loopback and private addresses. */
    public FetchSettings withAllowPrivateNetworks(boolean allow) {
        return new FetchSettings(allow, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxRetries,
                defaultInterval, userAgent);
    }

    /** A copy that retries transient failures at most {@code retries} times per poll. */
    public FetchSettings withRetries(int retries) {
        return new FetchSettings(allowPrivateNetworks, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, retries,
                defaultInterval, userAgent);
    }
}
