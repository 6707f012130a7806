package dev.newsriver.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Guards everything that can change state: every request whose method is not {@code GET}, {@code HEAD} or
 * {@code OPTIONS}, whatever its path, needs {@code Authorization: Bearer <newsriver.admin-token>}, and is
 * refused (403) while no token is configured. The rule does not look at the path on purpose: a path
 * prefix check can be walked around by spellings the router still maps to the same handler
 * ({@code /api;x=1/opml}, {@code //api/opml}). The token is compared in constant time.
 */
@Component
public class AdminGuard implements WebFilter {
    private final byte[] token;

    public AdminGuard(@Value("${newsriver.admin-token:}") String token) {
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        if (safe) {
            return chain.filter(exchange);
        }
        if (token == null) {
            return refuse(exchange, HttpStatus.FORBIDDEN);
        }
        String auth = request.getHeaders().getFirst("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        return MessageDigest.isEqual(token, given) ? chain.filter(exchange) : refuse(exchange, HttpStatus.UNAUTHORIZED);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status) {
        exchange.getResponse().setStatusCode(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        }
        return exchange.getResponse().setComplete();
    }
}
