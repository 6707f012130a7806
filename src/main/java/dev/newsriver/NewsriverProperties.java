package dev.newsriver;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code newsriver.*} settings. Every one can be overridden like any Spring property
 * ({@code --newsriver.data-dir=…} or {@code NEWSRIVER_DATA_DIR=…}).
 *
 * @param dbUrl        empty for the embedded H2 file under {@code dataDir}; else a PostgreSQL URL such as
 *                     {@code postgresql://127.0.0.1:5432/test?user=postgres}
 * @param dataDir      where the embedded database lives
 * @param sourcesFile  the sources configuration
 * @param tagsFile     the region and topic rules
 * @param fetch        limits for fetching feeds
 * @param stream       SSE settings
 * @param pipeline     processing settings
 * @param dedupe       when two items are duplicates or one story
 * @param cors         which other origins may read the river from a browser
 */
@ConfigurationProperties("newsriver")
public record NewsriverProperties(
        @DefaultValue("") String dbUrl,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("feeds/sources.yml") Path sourcesFile,
        @DefaultValue("feeds/tags.yml") Path tagsFile,
        @DefaultValue Fetch fetch,
        @DefaultValue Stream stream,
        @DefaultValue Pipeline pipeline,
        @DefaultValue Cors cors,
        @DefaultValue Dedupe dedupe) {

    /** Fetch limits; see {@code source.FetchSettings}. */
    public record Fetch(
            @DefaultValue("false") boolean allowPrivateNetworks,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout,
            @DefaultValue("10485760") long maxBodyBytes,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("15m") Duration defaultInterval) {
    }

    /**
     * SSE settings.
     *
     * @param heartbeat  how often a comment line keeps idle connections open (15 s by default; keep it
     *                   under the idle timeout of any proxy in front, often 30–60 s)
     * @param retry      the reconnection delay sent to clients
     * @param bufferSize items buffered per slow client before its stream is ended (it then resumes)
     * @param maxClients concurrent {@code /stream} connections; beyond it a client gets 503 + Retry-After
     */
    public record Stream(
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("3s") Duration retry,
            @DefaultValue("1024") int bufferSize,
            @DefaultValue("20000") int maxClients) {
        public Stream {
            if (heartbeat.isNegative() || heartbeat.isZero() || retry.isNegative() || retry.isZero()) {
                throw new IllegalArgumentException("newsriver.stream.heartbeat and retry must be positive, not "
                        + heartbeat + " and " + retry);
            }
            if (bufferSize < 1 || maxClients < 0) {
                throw new IllegalArgumentException("newsriver.stream.buffer-size must be at least 1 and max-clients "
                        + "not negative, not " + bufferSize + " and " + maxClients);
            }
        }
    }

    /**
     * Cross-origin access to the read-only endpoints ({@code /stream}, {@code /feed.*}, {@code /api/**} GETs).
     *
     * @param allowedOrigins origins allowed to read from a browser; {@code *} for any, empty for none
     */
    public record Cors(@DefaultValue("*") java.util.List<String> allowedOrigins) {
    }

    /**
     * Processing settings.
     *
     * @param parallelism documents cleaned and tagged at once (on one worker per processor core, at least
     *                    2: more than that gains nothing)
     * @param dedupeWindow how many recent items the near-duplicate index keeps in memory
     * @param storeRetryFor how long a batch the database refuses is retried (with backoff) before it is dropped
     */
    public record Pipeline(
            @DefaultValue("4") int parallelism,
            @DefaultValue("100000") int dedupeWindow,
            @DefaultValue("10m") Duration storeRetryFor) {
    }

    /**
     * De-duplication thresholds; see {@code dedupe.DedupeSettings} and, for the reasoning, docs/QUALITY.md.
     *
     * @param duplicateSimilarity  estimated Jaccard similarity from which two items are duplicates
     * @param shortDuplicateSimilarity the same when the smaller has fewer than 128 shingles (a rough estimate)
     * @param duplicateContainment share of the smaller text found in the other from which two items are
     *                             duplicates (when they are at least one story)
     * @param openingContainment   the same share, enough for two items that open with the same paragraph
     * @param sameOpening          share of their opening sketches two items must have in common to open alike
     * @param storySimilarity      estimated Jaccard similarity from which two items are one story
     * @param storyWindow          how long a story stays open to items on its subject after its last item
     * @param storyNames           key names an item must share with a story on its subject to join it
     */
    public record Dedupe(
            @DefaultValue("0.7") double duplicateSimilarity,
            @DefaultValue("0.8") double shortDuplicateSimilarity,
            @DefaultValue("0.9") double duplicateContainment,
            @DefaultValue("0.75") double openingContainment,
            @DefaultValue("0.5") double sameOpening,
            @DefaultValue("0.2") double storySimilarity,
            @DefaultValue("7d") Duration storyWindow,
            @DefaultValue("2") int storyNames) {
    }
}
