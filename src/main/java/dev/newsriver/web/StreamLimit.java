package dev.newsriver.web;

import dev.newsriver.NewsriverProperties;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Caps concurrent {@code /stream} connections: beyond {@code newsriver.stream.max-clients} a client gets
 * {@code 503 Service Unavailable} with {@code Retry-After}, rather than a server that runs out of memory.
 */
@Component
public class StreamLimit implements WebFilter {
    private final AtomicInteger open = new AtomicInteger();
    private final int max;
    private final long retryAfterSeconds;

    public StreamLimit(NewsriverProperties props) {
        this.max = props.stream().maxClients();
        this.retryAfterSeconds = Math.max(1, props.stream().retry().toSeconds() * 2);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!"/stream".equals(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
            return response.setComplete();
        }
        return chain.filter(exchange).doFinally(signal -> open.decrementAndGet());
    }

    /** Connections open now. */
    public int open() {
        return open.get();
    }
}
