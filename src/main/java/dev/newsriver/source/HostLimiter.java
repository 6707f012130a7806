package dev.newsriver.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Limits how many fetches run at once against one host, so a few big sites with many feeds are not
 * hit by a crowd of parallel requests. Waiting fetches queue without blocking a thread; a cancelled
 * wait gives its turn back. Thread-safe.
 */
final class HostLimiter {

    private final int permits;
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    HostLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
    }

    /** {@code work}, started once fewer than the permitted number of fetches to {@code host} are running. */
    <T> Mono<T> limit(String host, Mono<T> work) {
        return Mono.defer(() -> {
            Gate gate = gates.computeIfAbsent(host, h -> new Gate(permits));
            return gate.acquire().then(Mono.defer(() -> work).doFinally(signal -> gate.release()));
        });
    }

    /** The permits and queue of one host. */
    private static final class Gate {
        private int available;
        private final Deque<MonoSink<Void>> waiting = new ArrayDeque<>();

        Gate(int permits) {
            this.available = permits;
        }

        Mono<Void> acquire() {
            return Mono.create(sink -> {
                boolean granted;
                synchronized (this) {
                    granted = available > 0;
                    if (granted) {
                        available--;
                    } else {
                        waiting.add(sink);
                    }
                }
                if (granted) {
                    sink.success();
                } else {
                    sink.onCancel(() -> cancelled(sink));
                }
            });
        }

        private void cancelled(MonoSink<Void> sink) {
            boolean wasWaiting;
            synchronized (this) {
                wasWaiting = waiting.remove(sink);
            }
            if (!wasWaiting) {
                release();                                    // it had been granted a turn it will not use
            }
        }

        void release() {
            MonoSink<Void> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    available++;
                    return;
                }
            }
            next.success();
        }
    }
}
