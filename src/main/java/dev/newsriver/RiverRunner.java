package dev.newsriver;

import dev.newsriver.pipeline.Pipeline;
import dev.newsriver.source.Sources;
import dev.newsriver.store.SourceLeases;
import dev.newsriver.tagging.Tagger;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Runs the river while the application runs: remembers the stored items for de-duplication, then feeds
 * every source's documents through the pipeline, and re-reads the tag rules when their file changes. On
 * stop it gives up its source leases so that other instances take its feeds over at once.
 */
final class RiverRunner implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RiverRunner.class);
    private final Pipeline pipeline;
    private final Sources sources;
    private final Tagger tagger;
    private final int window;
    private final SourceLeases leases;
    private volatile Disposable running;
    private volatile Disposable reloading;

    RiverRunner(Pipeline pipeline, Sources sources, Tagger tagger, int window, SourceLeases leases) {
        this.pipeline = pipeline;
        this.sources = sources;
        this.tagger = tagger;
        this.window = window;
        this.leases = leases;
    }

    @Override
    public void start() {
        running = pipeline.warmUp(window)
                .thenMany(Flux.defer(() -> pipeline.process(sources.live())))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1))
                        .doBeforeRetry(s -> log.error("The river stopped, restarting it: {}", s.failure().toString())))
                .subscribe(a -> log.debug("Stored item {} {}", a.id(), a.title()));
        reloading = Flux.interval(Duration.ofSeconds(2), Duration.ofSeconds(2), Schedulers.boundedElastic())
                .subscribe(i -> tagger.reloadIfChanged());
    }

    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
        }
        if (reloading != null) {
            reloading.dispose();
        }
        try {
            leases.releaseAll().block(Duration.ofSeconds(5)); // another instance may take our feeds at once
        } catch (RuntimeException e) {
            log.warn("Could not release source leases: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
