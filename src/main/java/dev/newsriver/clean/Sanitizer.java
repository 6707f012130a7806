package dev.newsriver.clean;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The last step before body HTML leaves the system: removes elements hidden or laid over the page by
 * their style or attributes (with their content), then passes the rest through a Jsoup
 * {@link Safelist}: no script, no event handlers, no {@code javascript:} URLs, no style attributes,
 * relative links made absolute against the base URL. Immutable and thread-safe.
 */
public final class Sanitizer {

    private static final Pattern HIDING = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(\\.0+)?\\s*(;|$)"
                    + "|position\\s*:\\s*(fixed|absolute|sticky)|z-index|font-size\\s*:\\s*0"
                    + "|(width|height)\\s*:\\s*0(px)?\\s*(;|$)|clip\\s*:|transform\\s*:)");

    private final Safelist safelist;

    public Sanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "picture", "time", "abbr", "mark", "hr")
                .addAttributes("time", "datetime")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(false);
    }

    /** Safe body HTML from {@code html}; relative URLs resolve against {@code baseUrl} (may be null). */
    public String sanitize(String html, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, base);
        removeHidden(dirty);
        Document clean = new org.jsoup.safety.Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void removeHidden(Document doc) {
        for (Element e : doc.body().select("[style], [hidden], [aria-hidden=true]")) {
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || HIDING.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
    }
}
