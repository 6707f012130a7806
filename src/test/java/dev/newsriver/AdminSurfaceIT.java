package dev.newsriver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * With an admin token configured: state-changing calls need it (401 without or with a wrong one), work
 * with it, and answer bad input with a reason but never an internal error; the actuator shows only health
 * and metrics.
 */
class AdminSurfaceIT {
    private static final String TOKEN = "s3cret-admin-token";

    @TempDir
    Path dir;
    private ConfigurableApplicationContext app;
    private WebClient web;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("sources.yml"), "sources:\n  - {id: inbox, type: folder, path: \"" + dir.resolve("inbox") + "\"}\n");
        app = new SpringApplicationBuilder(NewsriverApplication.class).run("--server.port=0",
                "--newsriver.data-dir=" + dir.resolve("data"), "--newsriver.sources-file=" + dir.resolve("sources.yml"),
                "--newsriver.admin-token=" + TOKEN);
        web = WebClient.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** "STATUS body" of a request. */
    private String call(String method, String uri, String token, String body) {
        var spec = web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        var ready = body == null ? spec : spec.contentType(MediaType.TEXT_XML).bodyValue(body);
        return ready.exchangeToMono(r -> r.bodyToMono(String.class).defaultIfEmpty("")
                .map(b -> r.statusCode().value() + " " + b)).block(Duration.ofSeconds(30));
    }

    @Test
    void stateChangesNeedTheTokenAndErrorsNameOnlyTheProblem() {
        assertThat(call("POST", "/api/sources/refresh/inbox", null, null)).startsWith("401");
        assertThat(call("POST", "/api/sources/refresh/inbox", "wrong", null)).startsWith("401");
        assertThat(call("POST", "/api/sources/refresh/inbox", TOKEN, null)).startsWith("2");
        assertThat(call("POST", "/api/opml", "wrong", "<opml/>")).startsWith("401");
        // path spellings the router maps to the same handler need the token as well
        String opml = "<opml version=\"2.0\"><body><outline type=\"rss\" xmlUrl=\"https://example.org/x.xml\"/></body></opml>";
        for (String path : new String[] {"/api;x=1/opml", "/api/opml;a=b", "/api/sources/refresh;x/inbox"}) {
            assertThat(call("POST", path, null, opml)).as(path).startsWith("401");
        }
        assertThat(call("GET", "/api/sources", null, null)).doesNotContain("example.org/x.xml");

        String unknown = call("POST", "/api/sources/refresh/no-such-source", TOKEN, null);
        String broken = call("POST", "/api/opml", TOKEN, "<opml><body><outline xmlUrl=");
        assertThat(unknown).startsWith("404");
        // an unreadable OPML adds nothing and says why, in one line
        assertThat(broken).startsWith("200").contains("\"added\":[]", "not readable OPML");
        for (String answer : new String[] {unknown, broken}) {
            assertThat(answer).doesNotContain("Exception", "at dev.", "at org.", "at java.", "trace");
        }
    }

    @Test
    void theActuatorShowsOnlyHealthAndMetrics() {
        assertThat(call("GET", "/actuator/health", null, null)).startsWith("200");
        assertThat(call("GET", "/actuator/prometheus", null, null)).startsWith("200").contains("newsriver_");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings"}) {
            assertThat(call("GET", hidden, null, null)).as(hidden).startsWith("404");
        }
    }
}
