package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The live side of a {@link FileSource}: a WatchService plus a periodic rescan as a safety net. A file
 * is read only once its size and modification time have stayed the same for a settle period, so a
 * file still being written is not read half-way; a changed file is read again; a deleted file is
 * forgotten (its items stay downstream). Thread-safe.
 */
final class FolderWatch {

    private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);
    static final Duration SETTLE = Duration.ofMillis(700);

    private record Stamp(long modified, long size) {
    }

    private record Pending(Stamp stamp, long sinceNanos) {
    }

    private final FileSource source;
    private final Duration rescan;
    private final Map<Path, Stamp> emitted = new ConcurrentHashMap<>();
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();

    FolderWatch(FileSource source, Duration rescan) {
        this.source = source;
        this.rescan = rescan;
    }

    /** Never completes: files that changed since they were last read, once they have settled. */
    Flux<RawDocument> changes() {
        Flux<Long> ticks = Flux.merge(events(), Flux.interval(rescan, rescan)).onBackpressureLatest();
        return ticks.concatMap(t -> scan(), 1);
    }

    /** Records what a file looked like when it was read. */
    void seen(Path file) {
        Stamp stamp = stamp(file);
        if (stamp != null) {
            emitted.put(file, stamp);
        }
        pending.remove(file);
    }

    private Flux<RawDocument> scan() {
        return Mono.fromCallable(this::settled)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(e -> {
                    log.warn("source {}: rescan of {} failed: {}", source.ref().id(), source.folder(), e.getMessage());
                    return Mono.just(List.of());
                })
                .flatMapMany(Flux::fromIterable)
                .concatMap(source::read);
    }

    /** Files that are new or changed and have not changed for {@link #SETTLE}. */
    private List<Path> settled() throws IOException {
        List<Path> files = source.listFiles();
        Set<Path> present = new HashSet<>(files); // retainAll asks contains() of every key: a set, not a list
        emitted.keySet().retainAll(present);
        pending.keySet().retainAll(present);
        List<Path> ready = new ArrayList<>();
        long now = System.nanoTime();
        for (Path file : files) {
            Stamp stamp = stamp(file);
            if (stamp == null || stamp.equals(emitted.get(file)) || FileSource.kind(file) == null) {
                continue;
            }
            Pending p = pending.get(file);
            if (p != null && p.stamp().equals(stamp) && now - p.sinceNanos() >= SETTLE.toNanos()) {
                ready.add(file);
            } else if (p == null || !p.stamp().equals(stamp)) {
                pending.put(file, new Pending(stamp, now));
            }
        }
        return ready;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    /** A tick on every batch of file events and on the next two quiet periods after one. */
    private Flux<Long> events() {
        return Flux.<Long>create(sink -> {
            try {
                watchLoop(sink);
            } catch (IOException | RuntimeException e) {
                log.warn("source {}: cannot watch {} ({}); relying on the periodic rescan",
                        source.ref().id(), source.folder(), e.getMessage());
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private void watchLoop(FluxSink<Long> sink) throws IOException {
        try (WatchService ws = source.folder().getFileSystem().newWatchService()) {
            sink.onDispose(() -> close(ws));
            registerFolders(ws);
            sink.next(System.nanoTime());                     // catch what changed before the watch began
            int quietTicks = 2;
            while (!sink.isCancelled()) {
                WatchKey key = ws.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    quietTicks = 2;
                    sink.next(System.nanoTime());
                } else if (quietTicks > 0) {
                    quietTicks--;
                    sink.next(System.nanoTime());
                }
            }
        } catch (ClosedWatchServiceException e) {
            // cancelled
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Watches the folder and its subfolders as they are now; later subfolders are found by the rescan. */
    private void registerFolders(WatchService ws) throws IOException {
        try (java.util.stream.Stream<Path> dirs = Files.walk(source.folder(), 8)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void close(WatchService ws) {
        try {
            ws.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
