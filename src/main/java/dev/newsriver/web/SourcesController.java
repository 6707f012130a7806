package dev.newsriver.web;

import dev.newsriver.publish.ItemJson;
import dev.newsriver.source.SourceStatus;
import dev.newsriver.source.Sources;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/sources}: each source's health (ok, backing off after errors, failing, pending), last
 * fetch, HTTP status, error, items seen, next poll and current interval. {@code POST
 * /api/sources/refresh/{id}} polls a source now (needs the admin token, see {@link AdminGuard}).
 */
@RestController
public class SourcesController {
    private static final int FAILING_AFTER = 3;
    private final Sources sources;

    public SourcesController(Sources sources) {
        this.sources = sources;
    }

    @GetMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    public String list() {
        return ItemJson.write(sources.statuses().stream().map(SourcesController::json).toList());
    }

    @PostMapping(path = "/api/sources/refresh/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> refresh(@PathVariable String id) {
        return sources.refresh(id)
                .onErrorMap(IllegalArgumentException.class, e -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + id))
                .thenReturn(ItemJson.write(Map.of("refreshing", id)));
    }

    static Map<String, Object> json(SourceStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("location", s.location());
        m.put("status", "error".equals(s.state()) ? (s.failures() >= FAILING_AFTER ? "failing" : "backing-off") : s.state());
        m.put("lastFetch", s.lastFetch() == null ? null : s.lastFetch().toString());
        m.put("httpStatus", s.httpStatus());
        m.put("error", s.error());
        m.put("itemsSeen", s.itemsSeen());
        m.put("nextPoll", s.nextPoll() == null ? null : s.nextPoll().toString());
        m.put("intervalSeconds", s.interval() == null ? null : s.interval().toSeconds());
        m.put("failures", s.failures());
        return m;
    }
}
