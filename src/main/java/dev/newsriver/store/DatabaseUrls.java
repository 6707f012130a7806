package dev.newsriver.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The R2DBC and JDBC (Flyway) URLs derived from one {@code newsriver.db-url}: empty means the embedded
 * H2 file under the data directory; {@code postgresql://host:port/db?user=…} means PostgreSQL, where an
 * optional {@code schema=name} parameter keeps Newsriver's tables in a schema of their own.
 *
 * @param r2dbc    URL for the reactive driver
 * @param jdbc     URL for Flyway's migrations
 * @param h2File   the H2 database file path without extension, {@code null} on PostgreSQL
 * @param schema   the PostgreSQL schema, or {@code null} for the default search path
 */
public record DatabaseUrls(String r2dbc, String jdbc, Path h2File, String schema) {
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** Derives both URLs; rejects anything but empty or a {@code postgresql:} URL, naming the setting. */
    public static DatabaseUrls of(String dbUrl, Path dataDir) {
        if (dbUrl == null || dbUrl.isBlank()) {
            Path file = dataDir.toAbsolutePath().normalize().resolve("newsriver");
            // WRITE_DELAY=0: a commit reaches the file before it is announced, so a killed process loses no
            // item a client has seen (H2 otherwise writes commits up to half a second later)
            String options = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            return new DatabaseUrls("r2dbc:h2:file:///" + file + options, "jdbc:h2:file:" + file + options, file, null);
        }
        String url = dbUrl.strip().replaceFirst("^postgres://", "postgresql://");
        if (!url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("newsriver.db-url: expected empty (embedded H2) or "
                    + "postgresql://host:port/database?user=…, got '" + url.replaceAll("(?<=//)[^@/]*@", "…@") + "'");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        List<String> params = new ArrayList<>();
        String schema = null;
        String user = null;
        String password = null;
        for (String p : q < 0 ? new String[0] : url.substring(q + 1).split("&")) {
            if (p.startsWith("user=")) {
                user = p.substring("user=".length());
            } else if (p.startsWith("password=")) {
                password = p.substring("password=".length());
            } else if (p.startsWith("schema=")) {
                schema = p.substring("schema=".length());
                if (!SCHEMA.matcher(schema).matches()) {
                    throw new IllegalArgumentException("newsriver.db-url: schema must be a plain SQL name, got '" + schema + "'");
                }
            } else if (!p.isEmpty()) {
                params.add(p);
            }
        }
        List<String> r2dbcParams = new ArrayList<>(params);
        List<String> jdbcParams = new ArrayList<>(params);
        if (schema != null) {
            r2dbcParams.add("schema=" + schema);
            jdbcParams.add("currentSchema=" + schema);
        }
        // JDBC takes the credentials as parameters; R2DBC only in the URL's user-info part
        String r2dbcBase = base;
        if (user != null) {
            jdbcParams.add("user=" + user);
            String userInfo = password == null ? user : user + ":" + password;
            r2dbcBase = base.replaceFirst("^postgresql://", "postgresql://" + userInfo + "@");
        }
        if (password != null) {
            jdbcParams.add("password=" + password);
        }
        return new DatabaseUrls("r2dbc:" + r2dbcBase + join(r2dbcParams), "jdbc:" + base + join(jdbcParams), null,
                schema);
    }

    private static String join(List<String> params) {
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    public boolean isH2() {
        return h2File != null;
    }
}
