package dev.newsriver.web;

import dev.newsriver.publish.ItemJson;
import dev.newsriver.store.ItemStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The JSON API over the store: {@code /api/items} (newest first, filters as {@code /stream},
 * {@code limit} default 50 and at most 1000, {@code before=ID} pages back), {@code /api/items/{id}},
 * {@code /api/stories}, {@code /api/stats}.
 */
@RestController
public class ApiController {
    private final ItemStore store;

    public ApiController(ItemStore store) {
        this.store = store;
    }

    @GetMapping(path = "/api/items", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> items(@RequestParam MultiValueMap<String, String> params) {
        int limit = Filters.bounded(params, "limit", 50, 1000);
        return store.newest(Filters.query(params), Filters.id(params, "before"), limit)
                .map(ItemJson::toMap).collectList().map(ItemJson::write);
    }

    @GetMapping(path = "/api/items/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> item(@PathVariable String id) {
        long itemId;
        try {
            itemId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id);
        }
        return store.findById(itemId).map(ItemJson::write)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id)));
    }

    /** Story groups, newest first: {@code [{"story", "items": [...]}]}; {@code limit} (≤ 200), {@code before}. */
    @GetMapping(path = "/api/stories", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> stories(@RequestParam MultiValueMap<String, String> params) {
        int limit = Filters.bounded(params, "limit", 20, 200);
        return store.stories(limit, Filters.id(params, "before")).map(items -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("story", items.get(0).story());
            m.put("items", items.stream().map(ItemJson::toMap).toList());
            return m;
        }).collectList().map(ItemJson::write);
    }

    @GetMapping(path = "/api/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> stats() {
        return Mono.zip(store.count(), store.maxId()).map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("items", t.getT1());
            m.put("lastId", t.getT2().toString());
            return ItemJson.write(m);
        });
    }
}
