package dev.newsriver.clean;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * style attributes. Thread-safe; it remembers the safelist's answers, per element and attribute name.
 */
public final class Sanitizer {

    private static final Pattern HIDING = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(\\.0+)?\\s*(;|$)"
                    + "|position\\s*:\\s*(fixed|absolute|sticky)|z-index|font-size\\s*:\\s*0"
                    + "|(width|height)\\s*:\\s*0(px)?\\s*(;|$)|clip\\s*:|transform\\s*:)");
    /** Words one of which every match of {@link #HIDING} holds: most styles have none, and skip the pattern. */
    private static final Hints.Automaton HIDING_WORDS = new Hints.Automaton(Map.of(List.of("display", "visibility",
            "opacity", "position", "z-index", "font-size", "width", "height", "clip", "transform"), 1));
    private static final String[] URL_ATTRIBUTES = {"href", "src", "cite"};
    private static final Pattern RESIDUAL_TAG = Pattern.compile("<[a-zA-Z!/?][^>]*>?");

    private static final int MAX_REMEMBERED = 1000;

    private final Safelist safelist;
    /** Per safe tag, what its enforced attributes are, and which attribute names the safelist keeps. */
    private final Map<String, Attributes> enforcedAttributes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Boolean>> safeAttributes = new ConcurrentHashMap<>();

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

    /** Whether {@code url} starts with a scheme ({@code [a-zA-Z][a-zA-Z0-9+.-]*:}). */
    static boolean hasScheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether an absolute {@code url} may stay: http(s), or mailto for a link; no white space in it. */
    static boolean allowed(String url, boolean link) {
        return withScheme(url, "http://") || withScheme(url, "https://") || (link && withScheme(url, "mailto:"));
    }

    /**
     * Whether {@code url} starts with {@code scheme} (ASCII letters in any case) and goes on, without
     * white space, for at least one more character.
     */
    private static boolean withScheme(String url, String scheme) {
        int n = scheme.length();
        if (url.length() <= n || !Links.startsWithAscii(url, scheme)) {
            return false;
        }
        for (int i = n; i < url.length(); i++) {
            if (Prose.isPatternSpace(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDING_WORDS.find(style) != 0 && HIDING.matcher(style).find();
    }

    /** The safelist applied in place, as Jsoup's {@code Cleaner} applies it on a copy. */
    private void keepSafeAttributes(Element e) {
        String tag = e.normalName();
        Attributes enforced = enforcedAttributes.computeIfAbsent(tag, safelist::getEnforcedAttributes);
        for (Iterator<Attribute> it = e.attributes().iterator(); it.hasNext(); ) {
            if (!safeAttribute(tag, e, it.next(), enforced.size() > 0)) {
                it.remove();
            }
        }
        if (enforced.size() > 0) {
            e.attributes().addAll(enforced);
        }
    }

    /**
     * Asks the safelist, remembering its answer per element and attribute name where the value cannot
     * change it: the safelist checks no protocols (see the constructor), so only an enforced attribute
     * reads the value. A bounded number of answers is kept, as hostile pages can name any attribute.
     */
    private boolean safeAttribute(String tag, Element e, Attribute attr, boolean tagEnforcesValues) {
        if (tagEnforcesValues) {
            return safelist.isSafeAttribute(tag, e, attr);
        }
        Map<String, Boolean> known = safeAttributes.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
        Boolean safe = known.get(attr.getKey());
        if (safe == null) {
            safe = safelist.isSafeAttribute(tag, e, attr);
            if (known.size() < MAX_REMEMBERED) {
                known.put(attr.getKey(), safe);
            }
        }
        return safe;
    }

    /** Keeps absolute http(s) URLs (and mailto for links), resolving relative ones; drops the rest. */
    private static void checkUrls(Element e) {
        for (String key : URL_ATTRIBUTES) {
            if (!e.hasAttr(key)) {
                continue;
            }
            String value = e.attr(key).strip();
            if (!hasScheme(value)) {
                value = e.absUrl(key);
            }
            if (allowed(value, key.equals("href"))) {
                e.attr(key, value);
            } else {
                e.removeAttr(key);
            }
        }
    }
}
