package dev.newsriver.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Notices when {@code sources.yml} changes on disk (modification time or size, checked periodically on
 * {@code boundedElastic}) and emits the file parsed anew. A file that vanishes or no longer parses
 * into any entry is reported but not emitted, so a half-saved edit never removes every source.
 * Thread-safe (one subscriber at a time).
 */
final class SourcesFileWatch {

    private final Path file;
    private final Duration every;
    private volatile String stamp;

    SourcesFileWatch(Path file, Duration every) {
        this.file = file;
        this.every = every;
        this.stamp = stamp(file);
    }

    /** Never completes: the file parsed again after each change. */
    Flux<SourcesConfig.Parsed> changes() {
        return Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(t -> Mono.fromCallable(this::checkOnce).subscribeOn(Schedulers.boundedElastic()), 1)
                .filter(parsed -> parsed != NONE);
    }

    private static final SourcesConfig.Parsed NONE = new SourcesConfig.Parsed(java.util.List.of(), java.util.List.of());

    private SourcesConfig.Parsed checkOnce() {
        String now = stamp(file);
        if (now == null || Objects.equals(now, stamp)) {
            return NONE;
        }
        stamp = now;
        return SourcesConfig.parse(file);
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + "/" + a.size();
        } catch (IOException e) {
            return null;
        }
    }
}
