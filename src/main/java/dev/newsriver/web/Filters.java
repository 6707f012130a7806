package dev.newsriver.web;

import dev.newsriver.store.ItemQuery;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/** Reads the filters every river endpoint shares from a request's query parameters. */
final class Filters {
    private Filters() {
    }

    /** {@code region}, {@code topic}, {@code source}, {@code q}, {@code duplicates=include}. */
    static ItemQuery query(MultiValueMap<String, String> params) {
        return new ItemQuery(params.getFirst("region"), params.getFirst("topic"), params.getFirst("source"),
                params.getFirst("q"), "include".equals(params.getFirst("duplicates")));
    }

    /** The same filters with a region or topic taken from the path, as in {@code /regions/sahel/feed.xml}. */
    static ItemQuery query(MultiValueMap<String, String> params, String region, String topic) {
        ItemQuery q = query(params);
        return new ItemQuery(region != null ? region : q.region(), topic != null ? topic : q.topic(), q.source(),
                q.q(), q.includeDuplicates());
    }

    /** A bounded positive integer parameter; a malformed one is a 400 naming the parameter. */
    static int bounded(MultiValueMap<String, String> params, String name, int fallback, int max) {
        return bounded(params, name, fallback, 1, max);
    }

    /** Like {@link #bounded(MultiValueMap, String, int, int)} with a lowest value of {@code min}. */
    static int bounded(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
        String raw = params.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min) {
                throw new NumberFormatException();
            }
            return Math.min(v, max);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a whole number of at least " + min);
        }
    }

    /** An optional item id parameter; a malformed one is a 400 naming the parameter. */
    static Long id(MultiValueMap<String, String> params, String name) {
        String raw = params.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be an item id");
        }
    }
}
