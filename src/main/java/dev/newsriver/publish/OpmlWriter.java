package dev.newsriver.publish;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an OPML 2.0 subscription list: Newsriver's own feeds (all, per region, per topic) so a reader can
 * subscribe to them in one step, and the sources Newsriver reads. Thread-safe.
 */
public final class OpmlWriter {

    /** One subscription: a title, the feed URL and the page it belongs to. */
    public record Outline(String title, String xmlUrl, String htmlUrl) {
    }

    /** A named group of subscriptions. */
    public record Group(String title, List<Outline> outlines) {
    }

    public byte[] write(String title, List<Group> groups) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        sb.append("  <head>\n    <title>").append(escape(title)).append("</title>\n    <dateCreated>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("</dateCreated>\n  </head>\n  <body>\n");
        for (Group g : groups) {
            sb.append("    <outline text=\"").append(escape(g.title())).append("\" title=\"").append(escape(g.title()))
                    .append("\">\n");
            for (Outline o : g.outlines()) {
                sb.append("      <outline type=\"rss\" text=\"").append(escape(o.title())).append("\" title=\"")
                        .append(escape(o.title())).append("\" xmlUrl=\"").append(escape(o.xmlUrl())).append('"');
                if (o.htmlUrl() != null) {
                    sb.append(" htmlUrl=\"").append(escape(o.htmlUrl())).append('"');
                }
                sb.append("/>\n");
            }
            sb.append("    </outline>\n");
        }
        return sb.append("  </body>\n</opml>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String s = dev.newsriver.article.WebText.xmlSafe(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return out.toString();
    }
}
