package dev.newsriver.source;

import java.net.URI;
import java.time.Duration;

/**
 * The answer to one conditional GET. Immutable (the body array is not copied; do not modify it).
 *
 * @param status       200-range or 304
 * @param finalUri     where the body came from after redirects
 * @param body         the body (empty for 304)
 * @param contentType  the {@code Content-Type} header, or {@code null}
 * @param etag         the {@code ETag} to send next time, or {@code null}
 * @param lastModified the {@code Last-Modified} to send next time, or {@code null}
 * @param freshFor     how long the server says the answer stays fresh (max-age, Expires), or {@code null}
 * @param baseUri      what relative links are resolved against: {@code Content-Location}, else {@code finalUri}
 */
public record FetchResult(int status, URI finalUri, byte[] body, String contentType, String etag,
                          String lastModified, Duration freshFor, URI baseUri) {

    public boolean notModified() {
        return status == 304;
    }
}
