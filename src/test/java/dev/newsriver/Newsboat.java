package dev.newsriver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Drives the newsboat RSS reader (Debian package; CI installs it): subscribe, reload, read its cache. */
final class Newsboat {
    private Newsboat() {
    }

    /** The item titles newsboat shows after subscribing to {@code feedUrl} and reloading once. */
    static List<String> titlesOf(String feedUrl, Path home) throws IOException, InterruptedException, SQLException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/newsboat")), "newsboat is not installed");
        Path urls = Files.writeString(home.resolve("urls"), feedUrl + "\n");
        Path config = Files.writeString(home.resolve("config"), "download-timeout 20\n");
        Path cache = home.resolve("cache.db");
        Process p = new ProcessBuilder("newsboat", "-u", urls.toString(), "-c", cache.toString(),
                "-C", config.toString(), "-x", "reload")
                .redirectErrorStream(true).redirectOutput(home.resolve("newsboat.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("newsboat did not finish reloading within 60 s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("newsboat failed: " + Files.readString(home.resolve("newsboat.log")));
        }
        List<String> titles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache);
             ResultSet rs = c.createStatement().executeQuery("SELECT title FROM rss_item")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
