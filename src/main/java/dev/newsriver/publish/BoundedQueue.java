package dev.newsriver.publish;

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.util.concurrent.Queues;

/**
 * A queue that refuses elements beyond a capacity but, unlike an array-backed queue, takes memory only
 * for what it holds: ten thousand idle SSE clients cost ten thousand small queues, not ten thousand
 * arrays of {@code capacity}. One producer and one consumer at a time, as a unicast sink uses it.
 */
final class BoundedQueue<T> extends AbstractQueue<T> {
    private final Queue<T> queue = Queues.<T>unbounded(16).get();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    BoundedQueue(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public boolean offer(T t) {
        if (size.get() >= capacity) {
            return false;
        }
        size.incrementAndGet();
        return queue.offer(t);
    }

    @Override
    public T poll() {
        T t = queue.poll();
        if (t != null) {
            size.decrementAndGet();
        }
        return t;
    }

    @Override
    public T peek() {
        return queue.peek();
    }

    @Override
    public int size() {
        return size.get();
    }

    @Override
    public void clear() {
        while (poll() != null) {
            // drain
        }
    }

    @Override
    public Iterator<T> iterator() {
        throw new UnsupportedOperationException("not iterable");
    }
}
