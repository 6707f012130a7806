package dev.newsriver.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every country with its names, demonyms and cities, and the UN sub-regions and continents they sit
 * in, read from the data files {@code tagging/countries.tsv} and {@code tagging/regions.tsv} on the
 * class path (derived from mledoze/countries, ODbL 1.0; see {@code tagging/COUNTRIES-LICENSE.md}).
 * Immutable and thread-safe.
 */
public final class Gazetteer {
    /** A country: slug id, ISO 3166-1 alpha-3 code, label, sub-region and continent ids, and its words. */
    public record Country(String id, String code, String label, String subregion, String continent,
                          List<String> names, List<String> demonyms, List<String> cities) {
    }

    /** A UN sub-region ({@code parent} is its continent) or a continent ({@code parent} empty). */
    public record Region(String id, String kind, String label, String parent, List<String> words) {
    }

    private static final String COUNTRIES = "tagging/countries.tsv";
    private static final String REGIONS = "tagging/regions.tsv";

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();

    private Gazetteer() {
    }

    /** The gazetteer shipped with Newsriver. */
    public static Gazetteer standard() {
        Gazetteer g = new Gazetteer();
        for (String[] f : rows(COUNTRIES, 8)) {
            Country c = new Country(f[0], f[1], f[2], f[3], f[4], list(f[5]), list(f[6]), list(f[7]));
            g.countries.put(c.id(), c);
            g.byCode.put(c.code(), c);
        }
        for (String[] f : rows(REGIONS, 5)) {
            g.regions.put(f[0], new Region(f[0], f[1], f[2], f[3], list(f[4])));
        }
        return g;
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    /** A country by slug id ("niger") or alpha-3 code ("NER"), or {@code null}. */
    public Country country(String idOrCode) {
        Country c = countries.get(idOrCode);
        return c != null ? c : byCode.get(idOrCode);
    }

    public Region region(String id) {
        return regions.get(id);
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer data on the class path: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), columns);
                if (f[columns - 1] == null) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
