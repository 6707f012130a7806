package dev.newsriver.source;

import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

/**
 * Bodies and titles in elements ROME leaves as foreign markup: {@code xhtml:body}, {@code fullitem},
 * {@code itunes:summary}, {@code media:description} (also inside {@code media:group}) and Dublin Core
 * {@code dc:title}. Stateless; thread-safe.
 */
final class ForeignMarkup {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private ForeignMarkup() {
    }

    /** The first body-like element's content, or {@code null}. */
    static String body(List<Element> markup) {
        for (Element e : markup) {
            String name = e.getName().toLowerCase(Locale.ROOT);
            String ns = e.getNamespaceURI();
            if (name.equals("body") && XHTML.equals(ns)) {
                return inner(e);
            }
            if (name.equals("fullitem") || (name.equals("summary") && ns.contains("itunes"))
                    || (name.equals("description") && (MEDIA.equals(ns) || DC.equals(ns)))) {
                return FeedParser.blankToNull(e.getTextNormalize());
            }
            if (name.equals("group") && MEDIA.equals(ns)) {
                Element d = e.getChild("description", Namespace.getNamespace(MEDIA));
                if (d != null) {
                    return FeedParser.blankToNull(d.getTextNormalize());
                }
            }
        }
        return null;
    }

    /** A {@code dc:title} or {@code media:title} among the foreign markup, or {@code null}. */
    static String title(List<Element> markup) {
        for (Element e : markup) {
            String ns = e.getNamespaceURI();
            if (e.getName().equals("title") && (DC.equals(ns) || MEDIA.equals(ns))) {
                return FeedParser.blankToNull(e.getTextNormalize());
            }
        }
        return null;
    }

    /** An {@code itunes:author}, or {@code null}. */
    static String author(List<Element> markup) {
        for (Element e : markup) {
            if (e.getName().equals("author") && e.getNamespaceURI().contains("itunes")) {
                return FeedParser.blankToNull(e.getTextNormalize());
            }
        }
        return null;
    }

    /** The {@code text} of {@code itunes:category} elements, nested ones after their parent. */
    static List<String> categories(List<Element> markup) {
        List<String> names = new java.util.ArrayList<>();
        for (Element e : markup) {
            if (e.getName().equals("category") && e.getNamespaceURI().contains("itunes")) {
                addCategory(e, names);
            }
        }
        return names;
    }

    private static void addCategory(Element e, List<String> names) {
        String text = FeedParser.blankToNull(e.getAttributeValue("text"));
        if (text != null) {
            names.add(text);
        }
        for (Element child : e.getChildren()) {
            if (child.getName().equals("category")) {
                addCategory(child, names);
            }
        }
    }

    private static String inner(Element e) {
        String html = new XMLOutputter().outputString(e.getContent());
        return FeedParser.blankToNull(html.replace(" xmlns=\"" + XHTML + "\"", ""));
    }
}
