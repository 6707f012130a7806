package dev.newsriver.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Micrometer meters for fetching: {@code newsriver.fetch} (counter, tag {@code outcome} = {@code ok},
 * {@code not_modified} or {@code error}; the 304 ratio is not_modified over all), {@code newsriver.fetch.bytes}
 * (body sizes), {@code newsriver.fetch.latency} (timer), {@code newsriver.fetch.not_modified.ratio}
 * (gauge) and {@code newsriver.source.items} (counter per {@code source}). Thread-safe.
 */
final class FetchMetrics {

    private final MeterRegistry registry;
    private final Counter ok;
    private final Counter notModified;
    private final Counter error;
    private final DistributionSummary bytes;
    private final Timer latency;

    FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.ok = outcome("ok");
        this.notModified = outcome("not_modified");
        this.error = outcome("error");
        this.bytes = DistributionSummary.builder("newsriver.fetch.bytes").baseUnit("bytes")
                .description("Body size of fetched feeds").register(registry);
        this.latency = Timer.builder("newsriver.fetch.latency").description("Time to fetch a feed")
                .register(registry);
        Gauge.builder("newsriver.fetch.not_modified.ratio", this, FetchMetrics::notModifiedRatio)
                .description("Share of answered fetches that were 304 Not Modified").register(registry);
    }

    private Counter outcome(String outcome) {
        return Counter.builder("newsriver.fetch").tag("outcome", outcome).description("Feed fetches by outcome")
                .register(registry);
    }

    /** 304s over all answered fetches (0 before the first). */
    double notModifiedRatio() {
        double answered = ok.count() + notModified.count();
        return answered == 0 ? 0 : notModified.count() / answered;
    }

    void fetched(FetchResult result, Duration took) {
        (result.notModified() ? notModified : ok).increment();
        bytes.record(result.body().length);
        latency.record(took);
    }

    void failed(Duration took) {
        error.increment();
        latency.record(took);
    }

    void items(String sourceId, int count) {
        if (count > 0) {
            Counter.builder("newsriver.source.items").tag("source", sourceId).description("Items passed on per source")
                    .register(registry).increment(count);
        }
    }
}
