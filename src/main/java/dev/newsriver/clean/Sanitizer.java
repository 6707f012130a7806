package dev.newsriver.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The last step before body HTML leaves the system: removes elements hidden or laid over the page by
 * their style or attributes (with their content), keeps only http(s) and mailto links and http(s)
 * images (relative ones made absolute against the base URL, {@code javascript:} and other schemes
 * dropped), then passes the rest through a Jsoup {@link Safelist}: no script, no event handlers, no
 * style attributes. Immutable and thread-safe.
 */
public final class Sanitizer {

    private static final Pattern HIDING = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(\\.0+)?\\s*(;|$)"
                    + "|position\\s*:\\s*(fixed|absolute|sticky)|z-index|font-size\\s*:\\s*0"
                    + "|(width|height)\\s*:\\s*0(px)?\\s*(;|$)|clip\\s*:|transform\\s*:)");
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s]+");
    private static final Pattern MAIL = Pattern.compile("(?i)mailto:[^\\s]+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String[] URL_ATTRIBUTES = {"href", "src", "cite"};
    private static final Pattern RESIDUAL_TAG = Pattern.compile("<[a-zA-Z!/?][^>]*>?");

    private final Safelist safelist;

    public Sanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "picture", "time", "abbr", "mark", "hr")
                .addAttributes("time", "datetime")
                .addAttributes("abbr", "title")
                // URLs are checked by checkUrls, which also resolves them once; the safelist need not resolve again
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .removeProtocols("img", "src", "http", "https")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .removeProtocols("cite", "cite", "http", "https");
    }

    /**
     * A field that is meant to be plain text (a title, an author, a category): markup removed, entities
     * decoded, whitespace collapsed. Feeds put HTML in such fields, and readers that render them as HTML
     * would run it; what leaves Newsriver in them is text. Null stays null.
     */
    public static String plainText(String s) {
        if (s == null || (s.indexOf('<') < 0 && s.indexOf('&') < 0)) {
            return s == null ? null : s.strip().replaceAll("\\s+", " ");
        }
        String text = Jsoup.parseBodyFragment(s).body().text();
        // what the HTML parser kept as text but still reads as a tag (e.g. "<scr<script>ipt>")
        return RESIDUAL_TAG.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ");
    }

    /** Safe body HTML from {@code html}; relative URLs resolve against {@code baseUrl} (may be null). */
    public String sanitize(String html, String baseUrl) {
        return sanitize(Jsoup.parseBodyFragment(html == null ? "" : html, baseUrl == null ? "" : baseUrl));
    }

    /** Safe HTML of the children of {@code root}, which this call takes over (it is moved, not copied). */
    String sanitize(Element root, String baseUrl) {
        Document dirty = Document.createShell(baseUrl == null ? "" : baseUrl);
        dirty.body().appendChild(root);
        return sanitize(dirty);
    }

    private String sanitize(Document dirty) {
        Element body = dirty.body();
        List<Element> all = Walk.elements(body);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            dropNonText(e);
            if (e == body) {
                continue;
            }
            if (e.attributesSize() > 0 && hidden(e)) {
                e.remove();
            } else if (!safelist.isSafeTag(e.normalName())) {
                e.unwrap();
            } else if (e.attributesSize() > 0) {
                checkUrls(e);
                keepSafeAttributes(e);
            }
        }
        dirty.outputSettings().prettyPrint(false);
        return HtmlWriter.inner(body);
    }

    /** Removes comments and script or style data; the safelist keeps only elements and text. */
    private static void dropNonText(Element e) {
        for (int c = e.childNodeSize() - 1; c >= 0; c--) {
            Node child = e.childNode(c);
            if (!(child instanceof Element) && !(child instanceof TextNode)) {
                child.remove();
            }
        }
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDING.matcher(style).find();
    }

    /** The safelist applied in place, as Jsoup's {@code Cleaner} applies it on a copy. */
    private void keepSafeAttributes(Element e) {
        String tag = e.normalName();
        for (Attribute attr : e.attributes().asList()) {
            if (!safelist.isSafeAttribute(tag, e, attr)) {
                e.removeAttr(attr.getKey());
            }
        }
        Attributes enforced = safelist.getEnforcedAttributes(tag);
        if (enforced.size() > 0) {
            e.attributes().addAll(enforced);
        }
    }

    /** Keeps absolute http(s) URLs (and mailto for links), resolving relative ones; drops the rest. */
    private static void checkUrls(Element e) {
        for (String key : URL_ATTRIBUTES) {
            if (!e.hasAttr(key)) {
                continue;
            }
            String value = e.attr(key).strip();
            if (!SCHEME.matcher(value).find()) {
                value = e.absUrl(key);
            }
            boolean ok = WEB.matcher(value).matches() || (key.equals("href") && MAIL.matcher(value).matches());
            if (ok) {
                e.attr(key, value);
            } else {
                e.removeAttr(key);
            }
        }
    }
}
