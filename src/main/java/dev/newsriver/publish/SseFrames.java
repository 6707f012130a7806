package dev.newsriver.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Server-sent event frames as bytes (the text/event-stream format of the HTML standard). */
public final class SseFrames {
    private SseFrames() {
    }

    /** An event; every line of {@code data} becomes a {@code data:} line. */
    public static byte[] event(String event, String id, String data) {
        StringBuilder sb = new StringBuilder(data.length() + 64);
        if (id != null) {
            sb.append("id:").append(id).append('\n');
        }
        sb.append("event:").append(event).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            sb.append("data:").append(line).append('\n');
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A comment line, which clients ignore: keeps idle connections open. */
    public static byte[] comment(String text) {
        return (":" + text.replace('\n', ' ') + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A comment with the reconnection delay clients should use. */
    public static byte[] retry(String comment, Duration retry) {
        return (":" + comment + "\nretry:" + retry.toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
