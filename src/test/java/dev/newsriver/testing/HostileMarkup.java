package dev.newsriver.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Finds what could run or hide content in a browser: in HTML, script-capable or page-altering elements,
 * event handlers, style attributes and script or data URLs, however the scheme is spelt; in fields that
 * are meant to be plain text, anything that looks like a tag. Returns the problems found, empty when none.
 */
public final class HostileMarkup {
    private static final Set<String> ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "input", "button", "textarea", "select", "base", "meta", "link", "svg", "math",
            "noscript", "template", "video", "audio", "source", "marquee", "details", "body", "html", "head");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "srcset", "data", "poster", "background", "cite", "longdesc", "usemap", "dynsrc", "lowsrc");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/?]");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data|livescript|mocha):.*");

    private HostileMarkup() {
    }

    /** Problems in an HTML fragment that is meant to be shown as HTML. */
    public static List<String> inHtml(String where, String html) {
        List<String> problems = new ArrayList<>();
        if (html == null) {
            return problems;
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = e.normalName();
            if (ELEMENTS.contains(tag) && !(tag.equals("body") && e.parent() != null && e.parent().normalName().equals("html"))) {
                problems.add(where + ": <" + tag + "> in " + abbreviate(html));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    problems.add(where + ": attribute " + name + " in " + abbreviate(html));
                } else if (URL_ATTRIBUTES.contains(name) && (SCRIPT_URL.matcher(value).matches() || value.contains("javascript:"))) {
                    problems.add(where + ": " + name + "=" + abbreviate(a.getValue()) + " in " + abbreviate(html));
                }
            }
        }
        return problems;
    }

    /** Problems in a field meant to be plain text (a title, an author, a name): any tag-like markup. */
    public static List<String> inText(String where, String text) {
        return text != null && TAG.matcher(text).find() ? List.of(where + ": markup in text " + abbreviate(text)) : List.of();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
