package dev.newsriver.store;

import java.net.URI;
import java.nio.file.Path;

/**
 * The R2DBC and JDBC (Flyway) URLs derived from one {@code newsriver.db-url}: empty means the embedded
 * H2 file under the data directory, {@code postgresql://host:port/db?user=…} means PostgreSQL.
 *
 * @param r2dbc    URL for the reactive driver
 * @param jdbc     URL for Flyway's migrations
 * @param h2File   the H2 database file path without extension, {@code null} on PostgreSQL
 */
public record DatabaseUrls(String r2dbc, String jdbc, Path h2File) {

    /** Derives both URLs; rejects anything but empty or a {@code postgresql:} URL, naming the setting. */
    public static DatabaseUrls of(String dbUrl, Path dataDir) {
        if (dbUrl == null || dbUrl.isBlank()) {
            Path file = dataDir.toAbsolutePath().normalize().resolve("newsriver");
            String options = ";DB_CLOSE_ON_EXIT=FALSE";
            return new DatabaseUrls("r2dbc:h2:file:///" + file + options, "jdbc:h2:file:" + file + options, file);
        }
        String url = dbUrl.strip();
        if (url.startsWith("postgres://")) {
            url = "postgresql://" + url.substring("postgres://".length());
        }
        if (!url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("newsriver.db-url: expected empty (embedded H2) or "
                    + "postgresql://host:port/database?user=…, got scheme of '" + URI.create(url).getScheme() + "'");
        }
        return new DatabaseUrls("r2dbc:" + url, "jdbc:" + url, null);
    }

    public boolean isH2() {
        return h2File != null;
    }
}
