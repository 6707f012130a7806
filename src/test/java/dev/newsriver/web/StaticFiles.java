package dev.newsriver.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the dashboard's static files from the classpath on a free loopback port, plus an empty page
 * at {@code /blank.html} to import the modules into, so the browser can test the scripts on their own.
 * Thread-safe; close it when done.
 */
final class StaticFiles implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "html", "text/html", "svg", "image/svg+xml");
    private static final byte[] BLANK = "<!doctype html><html lang=en><head><meta charset=utf-8><title>modules</title>"
            .concat("<link rel=icon href=/favicon.svg></head><body></body></html>").getBytes(StandardCharsets.UTF_8);
    private final HttpServer server;

    private StaticFiles(HttpServer server) {
        this.server = server;
    }

    static StaticFiles start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", StaticFiles::serve);
            server.start();
            return new StaticFiles(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        if (path.equals("/blank.html")) {
            body = BLANK;
        } else if (!path.contains("..")) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/static" + path)) {
                body = in == null ? null : in.readAllBytes();
            }
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
