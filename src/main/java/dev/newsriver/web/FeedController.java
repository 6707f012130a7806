package dev.newsriver.web;

import dev.newsriver.publish.FeedCache;
import dev.newsriver.publish.FeedFormat;
import dev.newsriver.publish.FeedInfo;
import dev.newsriver.store.ItemQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The river as feeds: {@code /feed.xml} (RSS 2.0), {@code /feed.atom} (Atom 1.0), {@code /feed.json}
 * (JSON Feed 1.1), also per tag ({@code /regions/sahel/feed.xml}, {@code /topics/us-troops/feed.atom}),
 * with the filters of {@code /stream} and a bounded {@code limit}. Bodies come from the
 * {@link FeedCache}; {@code ETag} and {@code Last-Modified} answer conditional requests with 304.
 */
@RestController
public class FeedController {
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private final FeedCache cache;
    private final TagLabels labels;

    public FeedController(FeedCache cache, TagLabels labels) {
        this.cache = cache;
        this.labels = labels;
    }

    @GetMapping("/feed.{ext}")
    public Mono<ResponseEntity<byte[]>> all(@PathVariable String ext, @RequestParam MultiValueMap<String, String> params,
                                            ServerHttpRequest request) {
        return feed(ext, Filters.query(params), params, request, FeedInfo::river);
    }

    @GetMapping("/regions/{region}/feed.{ext}")
    public Mono<ResponseEntity<byte[]>> region(@PathVariable String region, @PathVariable String ext,
                                               @RequestParam MultiValueMap<String, String> params,
                                               ServerHttpRequest request) {
        return feed(ext, Filters.query(params, region, null), params, request,
                (site, self) -> FeedInfo.tag(true, labels.label(region), site, self));
    }

    @GetMapping("/topics/{topic}/feed.{ext}")
    public Mono<ResponseEntity<byte[]>> topic(@PathVariable String topic, @PathVariable String ext,
                                              @RequestParam MultiValueMap<String, String> params,
                                              ServerHttpRequest request) {
        return feed(ext, Filters.query(params, null, topic), params, request,
                (site, self) -> FeedInfo.tag(false, labels.label(topic), site, self));
    }

    private Mono<ResponseEntity<byte[]>> feed(String ext, ItemQuery q, MultiValueMap<String, String> params,
                                              ServerHttpRequest request, BiFunction<String, String, FeedInfo> describe) {
        FeedFormat format = Arrays.stream(FeedFormat.values()).filter(f -> f.fileName().equals("feed." + ext))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no feed format " + ext));
        int limit = Filters.bounded(params, "limit", 50, 500);
        String site = siteUrl(request);
        String self = UriComponentsBuilder.fromUri(request.getURI()).build().toUriString();
        FeedInfo info = describe.apply(site, self);
        return cache.get(new FeedCache.Key(format, q, limit, info)).map(r -> {
            if (notModified(request.getHeaders(), r.etag(), r.lastModified())) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(r.etag()).lastModified(r.lastModified())
                        .cacheControl(CACHE).<byte[]>build();
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.mediaType())).eTag(r.etag())
                    .lastModified(r.lastModified()).cacheControl(CACHE).body(r.body());
        });
    }

    /** The address of the site's root as the request reached it (behind a proxy: its forwarded address). */
    static String siteUrl(ServerHttpRequest request) {
        return UriComponentsBuilder.fromUri(request.getURI()).replacePath("/").replaceQuery(null).build().toUriString();
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since when both are sent. */
    static boolean notModified(HttpHeaders headers, String etag, Instant lastModified) {
        var ifNoneMatch = headers.getIfNoneMatch();
        if (!ifNoneMatch.isEmpty()) {
            return ifNoneMatch.stream().anyMatch(t -> t.equals("*") || t.equals(etag) || t.equals("W/" + etag));
        }
        long since = headers.getIfModifiedSince();
        return since >= 0 && lastModified.toEpochMilli() <= since;
    }
}
