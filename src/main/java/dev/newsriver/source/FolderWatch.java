package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
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
 * forgotten (its items stay downstream). A tick of the watch looks only at the files its events named
 * and at those still settling; the whole folder is listed at the start, on the periodic rescan and when
 * the watch lost events or saw a new subfolder, so that a large folder is not listed on every change.
 * Thread-safe.
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
    /** Files named by watch events since the last scan. */
    private final Set<Path> named = ConcurrentHashMap.newKeySet();
    /** Whether the next scan must list the whole folder. */
    private final java.util.concurrent.atomic.AtomicBoolean listAll = new java.util.concurrent.atomic.AtomicBoolean(true);
    private volatile int lastScanLooked;

    FolderWatch(FileSource source, Duration rescan) {
        this.source = source;
        this.rescan = rescan;
    }

    /** Never completes: files that changed since they were last read, once they have settled. */
    Flux<RawDocument> changes() {
        Flux<Long> ticks = Flux.merge(events(), Flux.interval(rescan, rescan).doOnNext(t -> listAll.set(true)))
                .onBackpressureLatest();
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

    /** How many files the last scan looked at (for tests: a tick of the watch must not list the folder). */
    int lastScanLooked() {
        return lastScanLooked;
    }

    /** Files that are new or changed and have not changed for {@link #SETTLE}. */
    private List<Path> settled() throws IOException {
        Iterable<Path> candidates;
        if (listAll.getAndSet(false)) {
            named.clear(); // the listing sees them all
            List<Path> files = source.listFiles();
            Set<Path> present = new HashSet<>(files); // retainAll asks contains() of every key: a set, not a list
            emitted.keySet().retainAll(present);
            pending.keySet().retainAll(present);
            candidates = files;
        } else {
            Set<Path> some = new java.util.TreeSet<>(pending.keySet());
            for (Path p : List.copyOf(named)) {
                named.remove(p);
                if (inFolder(p)) {
                    some.add(p);
                } else {
                    emitted.remove(p); // deleted, hidden now, or no longer a file: forgotten
                    pending.remove(p);
                }
            }
            candidates = some;
        }
        List<Path> ready = new ArrayList<>();
        long now = System.nanoTime();
        int looked = 0;
        for (Path file : candidates) {
            looked++;
            Stamp stamp = stamp(file);
            if (stamp == null) {
                emitted.remove(file);
                pending.remove(file);
                continue;
            }
            if (stamp.equals(emitted.get(file)) || FileSource.kind(file) == null) {
                continue;
            }
            Pending p = pending.get(file);
            if (p != null && p.stamp().equals(stamp) && now - p.sinceNanos() >= SETTLE.toNanos()) {
                ready.add(file);
            } else if (p == null || !p.stamp().equals(stamp)) {
                pending.put(file, new Pending(stamp, now));
            }
        }
        lastScanLooked = looked;
        return ready;
    }

    /** Whether a path an event named is a file the folder listing would give: regular, not hidden, deep enough. */
    private boolean inFolder(Path p) {
        Path folder = source.folder();
        return p.startsWith(folder) && folder.relativize(p).getNameCount() <= FileSource.MAX_DEPTH
                && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p);
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
                    note(ws, key);
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

    /** Remembers the files a key's events name; lost events or a new subfolder call for a full listing. */
    private void note(WatchService ws, WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
                listAll.set(true);
                continue;
            }
            Path path = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    path.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException e) {
                    // the periodic rescan finds its files
                }
                listAll.set(true); // files may have arrived in it before it was watched
            } else {
                named.add(path);
            }
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
