package dev.newsriver.web;

import dev.newsriver.publish.ItemJson;
import dev.newsriver.publish.OpmlWriter;
import dev.newsriver.source.Sources;
import dev.newsriver.store.ItemStore;
import dev.newsriver.tagging.TagDefinition;
import dev.newsriver.tagging.Tagger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/tags}: the regions and topics that items carry, with their counts, most used first;
 * {@code GET /opml}: every feed Newsriver publishes (all, per region, per topic) as one OPML file, then the
 * feeds it reads; {@code GET /opml/sources}: only the feeds it reads (to move them to another reader);
 * {@code POST /api/opml}: adds the feeds of an OPML document as sources (admin token required).
 */
@RestController
public class TagsController {
    private static final int MAX_OPML_BYTES = 1 << 20;
    private final Tagger tagger;
    private final ItemStore store;
    private final Sources sources;

    public TagsController(Tagger tagger, ItemStore store, Sources sources) {
        this.tagger = tagger;
        this.store = store;
        this.sources = sources;
    }

    /** The tags in use, most used first, each with its definition. */
    private Mono<List<Map<String, Object>>> used() {
        Map<String, TagDefinition> defs = new LinkedHashMap<>();
        tagger.definitions().forEach(d -> defs.put(d.id(), d));
        return store.tagCounts().map(counts -> {
            List<Map<String, Object>> out = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        TagDefinition d = defs.get(e.getKey());
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", e.getKey());
                        m.put("kind", d == null ? "unknown" : d.kind().json());
                        if (d != null && d.code() != null) {
                            m.put("code", d.code());
                        }
                        m.put("label", d == null ? e.getKey() : d.label());
                        m.put("count", e.getValue());
                        out.add(m);
                    });
            return out;
        });
    }

    @GetMapping(path = "/api/tags", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> tags() {
        return used().map(list -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("regions", list.stream().filter(m -> !"topic".equals(m.get("kind"))).toList());
            body.put("topics", list.stream().filter(m -> "topic".equals(m.get("kind"))).toList());
            return ItemJson.write(body);
        });
    }

    @GetMapping("/opml")
    public Mono<ResponseEntity<byte[]>> opml(ServerHttpRequest request) {
        String site = FeedController.siteUrl(request);
        return used().map(list -> {
            List<OpmlWriter.Outline> regions = new ArrayList<>();
            List<OpmlWriter.Outline> topics = new ArrayList<>();
            list.stream().sorted(Comparator.comparing(m -> m.get("label").toString())).forEach(m -> {
                boolean topic = "topic".equals(m.get("kind"));
                String path = (topic ? "topics/" : "regions/") + m.get("id") + "/feed.xml";
                (topic ? topics : regions).add(new OpmlWriter.Outline("Newsriver — " + m.get("label"), site + path, site));
            });
            List<OpmlWriter.Outline> read = sources.statuses().stream()
                    .filter(st -> "feed".equals(st.type()) && st.location().matches("(?i)https?://.*"))
                    .map(st -> new OpmlWriter.Outline(st.name(), st.location(), null)).toList();
            List<OpmlWriter.Group> groups = List.of(
                    new OpmlWriter.Group("Newsriver", List.of(new OpmlWriter.Outline("Newsriver", site + "feed.xml", site))),
                    new OpmlWriter.Group("Regions", regions),
                    new OpmlWriter.Group("Topics", topics),
                    new OpmlWriter.Group("Sources", read));
            return ResponseEntity.ok().contentType(OPML).varyBy(FeedController.VARY)
                    .body(new OpmlWriter().write("Newsriver feeds", groups));
        });
    }

    @GetMapping("/opml/sources")
    public ResponseEntity<byte[]> sourcesOpml() {
        return ResponseEntity.ok().contentType(OPML).body(sources.exportOpml().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/api/opml", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<String> importOpml(@RequestBody Mono<byte[]> body) {
        return body.map(bytes -> {
            if (bytes.length > MAX_OPML_BYTES) {
                throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "OPML larger than 1 MiB");
            }
            var imported = sources.importOpml(bytes, "POST /api/opml");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("added", imported.entries().stream().map(c -> c.id()).toList());
            m.put("problems", imported.problems());
            return ItemJson.write(m);
        });
    }

    private static final MediaType OPML = MediaType.parseMediaType("text/x-opml; charset=utf-8");
}
