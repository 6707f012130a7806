package dev.newsriver.source;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

/**
 * Conditional GET over WebClient on Reactor Netty, with every limit of {@link FetchSettings}: connect
 * and read timeouts, an overall deadline, a body size limit enforced while streaming (after gzip
 * decoding), at most N redirects (each hop checked by the {@link AddressGuard}), bounded retry with
 * jittered backoff for transient failures, a per-host concurrency limit, and a descriptive User-Agent.
 * Thread-safe; share one.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /** How many fetches may run against one host at once, unless told otherwise. */
    public static final int DEFAULT_PER_HOST = 8;

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final WebClient web;
    private final HostLimiter hosts;
    private final ConnectionProvider pool;

    /** A fetcher allowing {@link #DEFAULT_PER_HOST} concurrent fetches per host. */
    public HttpFetcher(FetchSettings settings) {
        this(settings, DEFAULT_PER_HOST);
    }

    /** A fetcher allowing {@code perHost} concurrent fetches per host. */
    public HttpFetcher(FetchSettings settings, int perHost) {
        this.settings = settings;
        this.hosts = new HostLimiter(perHost);
        this.pool = ConnectionProvider.builder("newsriver-fetch")
                .maxConnections(512).pendingAcquireMaxCount(-1).maxIdleTime(Duration.ofSeconds(30)).build();
        this.guard = new AddressGuard(settings.allowPrivateNetworks());
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(httpClient(settings, pool)))
                .defaultHeader(HttpHeaders.USER_AGENT, settings.userAgent())
                .defaultHeader(HttpHeaders.ACCEPT, ACCEPT)
                .build();
    }

    private static HttpClient httpClient(FetchSettings s, ConnectionProvider pool) {
        long readMillis = s.readTimeout().toMillis();
        return HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, s.connectTimeout().toMillis()))
                .responseTimeout(s.readTimeout())
                .doOnConnected(c -> {
                    c.addHandlerLast(new ReadTimeoutHandler(readMillis, TimeUnit.MILLISECONDS));
                    if (!s.allowPrivateNetworks() && connectedToPrivate(c.channel().remoteAddress())) {
                        c.channel().close();
                    }
                })
                .compress(true)
                .followRedirect(false);
    }

    /**
     * The guard checked the name before the request; this checks the address actually connected to, so
     * a DNS answer that changes in between (rebinding) cannot reach a private address.
     */
    private static boolean connectedToPrivate(java.net.SocketAddress remote) {
        return remote instanceof java.net.InetSocketAddress a && a.getAddress() != null && AddressGuard.isPrivate(a.getAddress());
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        pool.dispose();
    }

    /** GETs {@code uri}, sending {@code etag}/{@code lastModified} (either may be {@code null}) as validators. */
    public Mono<FetchResult> get(URI uri, String etag, String lastModified) {
        return hop(uri, etag, lastModified, 0)
                .onErrorMap(e -> !(e instanceof FetchException), e -> new FetchException(uri + ": " + describe(e), 0, null, e))
                .retryWhen(Retry.backoff(settings.maxRetries(), Duration.ofMillis(300)).maxBackoff(Duration.ofSeconds(5))
                        .jitter(0.5).filter(e -> ((FetchException) e).transientFailure())
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private Mono<FetchResult> hop(URI uri, String etag, String lastModified, int redirects) {
        return Mono.fromCallable(() -> guard.check(uri))
                .subscribeOn(Schedulers.boundedElastic())
                // the deadline runs from when the request may start, not while it waits its turn for the host:
                // a feed must not time out because a slow neighbour on the same host held the connections
                .flatMap(checked -> hosts.limit(checked.getHost(), web.get().uri(checked)
                        .headers(h -> validators(h, etag, lastModified))
                        .exchangeToMono(response -> answer(checked, response, redirects, etag != null || lastModified != null))
                        .timeout(deadline(), Mono.error(() -> new FetchException(checked + ": no complete answer within " + deadline())))))
                .flatMap(a -> a.redirect() == null ? Mono.just(a.result()) : hop(a.redirect(), etag, lastModified, redirects + 1));
    }

    /** How long one request may take from its start to its last byte: connect, plus twice the read timeout. */
    private Duration deadline() {
        return settings.connectTimeout().plus(settings.readTimeout().multipliedBy(2));
    }

    /** A result, or where to go next (followed outside the host limit, so a redirect never waits on itself). */
    private record Answer(FetchResult result, URI redirect) {
    }

    private static void validators(HttpHeaders h, String etag, String lastModified) {
        if (etag != null) {
            h.set(HttpHeaders.IF_NONE_MATCH, etag);
        }
        if (lastModified != null) {
            h.set(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
    }

    private Mono<Answer> answer(URI uri, ClientResponse response, int redirects, boolean conditional) {
        int status = response.statusCode().value();
        HttpHeaders headers = response.headers().asHttpHeaders();
        if (status >= 300 && status < 400 && status != 304 && headers.getLocation() != null) {
            if (redirects >= settings.maxRedirects()) {
                return response.releaseBody().then(Mono.error(new FetchException(uri + ": more than "
                        + settings.maxRedirects() + " redirects", status, null, null)));
            }
            return response.releaseBody().thenReturn(new Answer(null, uri.resolve(headers.getLocation())));
        }
        if (status == 304 && !conditional) {
            // nothing was asked to be compared with, so "not modified" says nothing: a broken server
            return response.releaseBody().then(Mono.error(new FetchException(uri
                    + ": HTTP 304 Not Modified to a request without ETag or Last-Modified", status, null, null)));
        }
        if (status == 304) {
            return response.releaseBody().thenReturn(new Answer(result(uri, status, new byte[0], headers), null));
        }
        if (status < 200 || status >= 300) {
            Duration retryAfter = CacheHeaders.retryAfter(headers);
            return response.releaseBody().then(Mono.error(new FetchException(uri + ": HTTP " + status, status, retryAfter, null)));
        }
        return body(uri, response).map(bytes -> new Answer(result(uri, status, bytes, headers), null));
    }

    private Mono<byte[]> body(URI uri, ClientResponse response) {
        long max = settings.maxBodyBytes();
        if (response.headers().contentLength().orElse(0) > max) {
            return response.releaseBody().then(Mono.error(new FetchException(uri + ": body larger than " + max + " bytes")));
        }
        return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), (int) max)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> new FetchException(uri + ": body larger than " + max + " bytes"));
    }

    private static FetchResult result(URI uri, int status, byte[] body, HttpHeaders h) {
        return new FetchResult(status, uri, body, h.getFirst(HttpHeaders.CONTENT_TYPE), h.getETag(),
                h.getFirst(HttpHeaders.LAST_MODIFIED), CacheHeaders.freshFor(h), base(uri, h.getFirst(HttpHeaders.CONTENT_LOCATION)));
    }

    private static URI base(URI uri, String contentLocation) {
        if (contentLocation == null || contentLocation.isBlank()) {
            return uri;
        }
        try {
            URI resolved = uri.resolve(contentLocation.trim());
            String scheme = resolved.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? resolved : uri;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof TimeoutException || e instanceof io.netty.handler.timeout.ReadTimeoutException) {
            return "timed out";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
