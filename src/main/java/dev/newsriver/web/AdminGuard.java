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
 * Guards everything that changes state ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/}): it needs {@code Authorization: Bearer <newsriver.admin-token>}, and is switched off
 * (403) while no token is configured. The token is compared in constant time.
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
        boolean changesState = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        if (!changesState || !request.getPath().value().startsWith("/api/")) {
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
