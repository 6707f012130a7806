package dev.newsriver.publish;

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import reactor.util.concurrent.Queues;

/**
 * A queue that refuses elements beyond a capacity but, unlike an array-backed queue, takes memory only
 * for what it holds: ten thousand idle SSE clients cost ten thousand small queues, not ten thousand
 * arrays of {@code capacity}. An element may weigh more than one (a batch of items counts as its items).
 * One producer and one consumer at a time, as a unicast sink uses it.
 */
final class BoundedQueue<T> extends AbstractQueue<T> {
    private final Queue<T> queue = Queues.<T>unbounded(16).get();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;
    private final ToIntFunction<T> weight;

    BoundedQueue(int capacity) {
        this(capacity, t -> 1);
    }

    BoundedQueue(int capacity, ToIntFunction<T> weight) {
        this.capacity = capacity;
        this.weight = weight;
    }

    /** Refuses {@code t} when the weight held plus its own would exceed the capacity. */
    @Override
    public boolean offer(T t) {
        int w = weight.applyAsInt(t);
        if (size.get() + w > capacity) {
            return false;
        }
        size.addAndGet(w);
        return queue.offer(t);
    }

    @Override
    public T poll() {
        T t = queue.poll();
        if (t != null) {
            size.addAndGet(-weight.applyAsInt(t));
        }
        return t;
    }

    @Override
    public T peek() {
        return queue.peek();
    }

    /** The weight held, which is the number of elements when each weighs one. */
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
