package dev.newsriver.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server on a random loopback port for tests: routes map a path to a handler, and every
 * request is recorded. Thread-safe.
 */
final class StubServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    final List<HttpExchange> requests = new CopyOnWriteArrayList<>();

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(32)); // hostile handlers hold threads for seconds
        server.createContext("/", exchange -> {
            requests.add(exchange);
            Handler h = routes.getOrDefault(exchange.getRequestURI().getPath(), e -> send(e, 404, "text/plain", "none"));
            try (exchange) {
                h.handle(exchange);
            } catch (IOException | RuntimeException e) {
                // the client went away (time-limit tests): nothing to do
            }
        });
        server.start();
    }

    StubServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    long hits(String path) {
        return requests.stream().filter(e -> e.getRequestURI().getPath().equals(path)).count();
    }

    static void send(HttpExchange e, int status, String type, String body) throws IOException {
        send(e, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            e.getResponseHeaders().set("Content-Type", type);
        }
        e.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    static String rss(String title, String... guids) {
        StringBuilder items = new StringBuilder();
        for (String g : guids) {
            items.append("<item><title>").append(title).append(' ').append(g).append("</title><guid>").append(g)
                    .append("</guid><link>https://news.example.org/").append(g).append("</link>")
                    .append("<description>Body of ").append(g).append("</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>" + items + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
