package dev.newsriver.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many server-sent-event clients on a few threads, as cheap as a client can be: plain non-blocking sockets,
 * one request each, and the {@code id:} lines read straight from the bytes. A load test runs its clients on
 * the machine it measures, so what the clients spend is taken from the server; this spends almost nothing.
 * Each client's events go to {@link Listener} on the thread that owns the client.
 */
final class RawSseClients implements AutoCloseable {

    /** What the clients see. Called from the client threads. */
    interface Listener {
        void connected(int client);

        /**
         * An event, with the item's ingestion time in epoch milliseconds when its data says (else -1).
         *
         * @return true when the client has all it wants and should hang up
         */
        boolean event(int client, long id, long ingestedMillis);

        void closed(int client);
    }

    private static final int PENDING_CONNECTS = 200;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    RawSseClients(InetSocketAddress server, String path, String lastEventId, int clients, int threadCount, Listener listener) {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nAccept: text/event-stream\r\nLast-Event-ID: " + lastEventId + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int t = 0; t < threadCount; t++) {
            int first = t;
            Thread thread = new Thread(() -> run(server, request, first, threadCount, clients, listener), "sse-client-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private record Client(int index, IdScanner scanner, ByteBuffer request) {
    }

    private void run(InetSocketAddress server, byte[] request, int first, int step, int clients, Listener listener) {
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        try (Selector selector = Selector.open()) {
            int next = first;
            int connecting = 0;
            while (running) {
                while (connecting < PENDING_CONNECTS && next < clients) {
                    SocketChannel channel = SocketChannel.open();
                    channel.configureBlocking(false);
                    channel.connect(server);
                    channel.register(selector, SelectionKey.OP_CONNECT, new Client(next, new IdScanner(), ByteBuffer.wrap(request)));
                    connecting++;
                    next += step;
                }
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    Client client = (Client) key.attachment();
                    SocketChannel channel = (SocketChannel) key.channel();
                    try {
                        if (key.isConnectable()) {
                            channel.finishConnect();
                            connecting--;
                            key.interestOps(SelectionKey.OP_WRITE);
                        } else if (key.isWritable()) {
                            channel.write(client.request());
                            if (!client.request().hasRemaining()) {
                                key.interestOps(SelectionKey.OP_READ);
                                listener.connected(client.index());
                            }
                        } else if (key.isReadable()) {
                            in.clear();
                            int n = channel.read(in);
                            boolean done = n < 0 || client.scanner().scan(in.array(), n, (id, ingested) -> listener.event(client.index(), id, ingested));
                            if (done) {
                                key.cancel();
                                channel.close();
                                listener.closed(client.index());
                            }
                        }
                    } catch (IOException e) {
                        key.cancel();
                        channel.close();
                        listener.closed(client.index());
                    }
                }
                selector.selectedKeys().clear();
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * Reads events from bytes, carrying what a read cut off over to the next: each event's {@code id:} and,
     * when its data holds one, the item's {@code "ingested"} time. An event counts once its blank line is read.
     */
    static final class IdScanner {
        interface Ids {
            /** @return true to stop reading */
            boolean id(long id, long ingestedMillis);
        }

        private static final byte[] PREFIX = "id:".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] INGESTED = "\"ingested\":\"".getBytes(StandardCharsets.US_ASCII);
        private int matched; // bytes of "id:" matched at the start of the current line; -1 once it is another line
        private int lineLength;
        private long id = -1;
        private long digits;
        private boolean inId;
        private int ingestedMatched;
        private final StringBuilder ingested = new StringBuilder(32);
        private boolean inIngested;
        private long ingestedMillis = -1;

        boolean scan(byte[] bytes, int length, Ids ids) {
            boolean stop = false;
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '\r') {
                    continue;
                }
                if (b == '\n') {
                    if (inId) {
                        id = digits;
                    }
                    if (lineLength == 0 && id >= 0) {
                        stop |= ids.id(id, ingestedMillis);
                        id = -1;
                        ingestedMillis = -1;
                    }
                    matched = 0;
                    lineLength = 0;
                    digits = 0;
                    inId = false;
                    ingestedMatched = 0;
                    inIngested = false;
                    continue;
                }
                lineLength++;
                if (matched >= 0 && matched < PREFIX.length) {
                    matched = b == PREFIX[matched] ? matched + 1 : -1;
                    inId = matched == PREFIX.length;
                } else if (inId) {
                    if (b >= '0' && b <= '9') {
                        digits = digits * 10 + (b - '0');
                    } else {
                        inId = false;
                    }
                }
                if (inIngested) {
                    if (b == '"') {
                        inIngested = false;
                        ingestedMillis = java.time.Instant.parse(ingested).toEpochMilli();
                    } else {
                        ingested.append((char) b);
                    }
                } else if (b == INGESTED[ingestedMatched]) {
                    if (++ingestedMatched == INGESTED.length) {
                        inIngested = true;
                        ingested.setLength(0);
                        ingestedMatched = 0;
                    }
                } else {
                    ingestedMatched = b == INGESTED[0] ? 1 : 0;
                }
            }
            return stop;
        }
    }
}
