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

        /** @return true when the client has all it wants and should hang up */
        boolean event(int client, long id);

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
                            boolean done = n < 0 || client.scanner().scan(in.array(), n, id -> listener.event(client.index(), id));
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

    /** Reads {@code id:} lines from bytes, carrying a line cut between two reads over to the next. */
    static final class IdScanner {
        interface Ids {
            /** @return true to stop reading */
            boolean id(long id);
        }

        private static final byte[] PREFIX = "id:".getBytes(StandardCharsets.US_ASCII);
        private int matched; // bytes of "id:" matched at the start of the current line; -1 once it is another line
        private long id;
        private boolean digits;

        boolean scan(byte[] bytes, int length, Ids ids) {
            boolean stop = false;
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    if (matched == PREFIX.length && digits) {
                        stop |= ids.id(id);
                    }
                    matched = 0;
                    id = 0;
                    digits = false;
                } else if (matched >= 0 && matched < PREFIX.length) {
                    matched = b == PREFIX[matched] ? matched + 1 : -1;
                } else if (matched == PREFIX.length && b >= '0' && b <= '9') {
                    id = id * 10 + (b - '0');
                    digits = true;
                }
            }
            return stop;
        }
    }
}
