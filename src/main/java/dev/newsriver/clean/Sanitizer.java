package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
    private static final Evaluator HIDDEN_CANDIDATES = QueryParser.parse("[style], [hidden], [aria-hidden]");
    private static final Evaluator LINKED = QueryParser.parse("[href], [src], [cite]");

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
        removeHidden(dirty);
        checkUrls(dirty);
        applySafelist(dirty.body());
        dirty.outputSettings().prettyPrint(false);
        return dirty.body().html();
    }

    /**
     * Applies the safelist in place, as Jsoup's {@code Cleaner} would on a copy: an element it does not
     * allow is replaced by its children, attributes it does not allow are dropped, enforced ones added,
     * comments and script or style data removed.
     */
    private void applySafelist(Element body) {
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            for (int c = e.childNodeSize() - 1; c >= 0; c--) {
                Node child = e.childNode(c);
                if (!(child instanceof Element) && !(child instanceof TextNode)) {
                    child.remove();
                }
            }
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (!safelist.isSafeTag(tag)) {
                e.unwrap();
                continue;
            }
            if (e.attributesSize() > 0) {
                for (Attribute attr : e.attributes().asList()) {
                    if (!safelist.isSafeAttribute(tag, e, attr)) {
                        e.removeAttr(attr.getKey());
                    }
                }
            }
            e.attributes().addAll(safelist.getEnforcedAttributes(tag));
        }
    }

    private static void removeHidden(Document doc) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body().select(HIDDEN_CANDIDATES)) {
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || HIDING.matcher(e.attr("style")).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Keeps absolute http(s) URLs (and mailto for links), resolving relative ones; drops the rest. */
    private static void checkUrls(Document doc) {
        for (Element e : doc.body().select(LINKED)) {
            for (String key : new String[] {"href", "src", "cite"}) {
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
}
