package dev.newsriver.web;

import dev.newsriver.publish.FeedCache;
import dev.newsriver.publish.FeedFormat;
import dev.newsriver.publish.FeedInfo;
import dev.newsriver.store.ItemQuery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
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
    /**
     * The request headers a feed's links are built from (behind a proxy, its forwarded address): a shared
     * cache must keep one copy per value of each.
     */
    static final String[] VARY = {"Host", "Forwarded", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
        "X-Forwarded-Prefix"};
    /** A host name, an IPv4 address or a bracketed IPv6 one. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");
    /** Region and topic ids are slugs ("sahel", "us-troops", "cote-d-ivoire"). */
    private static final Pattern TAG_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
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
        return feed(ext, Filters.query(params, tagId(region), null), params, request,
                (site, self) -> FeedInfo.tag(true, labels.label(region), site, self));
    }

    @GetMapping("/topics/{topic}/feed.{ext}")
    public Mono<ResponseEntity<byte[]>> topic(@PathVariable String topic, @PathVariable String ext,
                                              @RequestParam MultiValueMap<String, String> params,
                                              ServerHttpRequest request) {
        return feed(ext, Filters.query(params, null, tagId(topic)), params, request,
                (site, self) -> FeedInfo.tag(false, labels.label(topic), site, self));
    }

    private Mono<ResponseEntity<byte[]>> feed(String ext, ItemQuery q, MultiValueMap<String, String> params,
                                              ServerHttpRequest request, BiFunction<String, String, FeedInfo> describe) {
        FeedFormat format = Arrays.stream(FeedFormat.values()).filter(f -> f.fileName().equals("feed." + ext))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no feed format " + ext));
        int limit = Filters.bounded(params, "limit", 50, 500);
        String site = siteUrl(request);
        String self = UriComponentsBuilder.fromUri(address(request)).build().toUriString();
        FeedInfo info = describe.apply(site, self);
        return cache.get(new FeedCache.Key(format, q, limit, info)).map(r -> {
            if (notModified(request.getHeaders(), r.etag(), r.lastModified())) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(r.etag()).lastModified(r.lastModified())
                        .cacheControl(CACHE).varyBy(VARY).<byte[]>build();
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.mediaType())).eTag(r.etag())
                    .lastModified(r.lastModified()).cacheControl(CACHE).varyBy(VARY).body(r.body());
        });
    }

    /** The address of the site's root as the request reached it (behind a proxy: its forwarded address). */
    static String siteUrl(ServerHttpRequest request) {
        return UriComponentsBuilder.fromUri(address(request)).replacePath("/").replaceQuery(null).build().toUriString();
    }

    /**
     * The request's address, which feeds and OPML put in their links. Behind a proxy it comes from the
     * forwarded headers, which any client can send, so anything but http or https with a plain host is a
     * bad request (a {@code javascript:} "scheme" would otherwise become every link of the feed).
     */
    static URI address(ServerHttpRequest request) {
        URI uri = request.getURI();
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the request's scheme or host is not a web address");
        }
        return uri;
    }

    /** A region or topic id from the path; anything but a slug is no tag of this river. */
    private static String tagId(String id) {
        if (!TAG_ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such region or topic");
        }
        return id;
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
