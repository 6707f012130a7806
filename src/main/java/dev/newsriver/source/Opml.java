package dev.newsriver.source;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads and writes OPML 2.0 subscription lists: every {@code <outline>} with an {@code xmlUrl} becomes a
 * feed source (id from its title or URL, made unique), and the feed sources can be written back out.
 * DOCTYPEs are refused. Stateless; thread-safe.
 */
public final class Opml {

    /** The feed sources found and one message per outline that could not be used. */
    public record Imported(List<SourceConfig> entries, List<String> problems) {
        public Imported {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private Opml() {
    }

    /** Parses {@code opml} (named {@code name} in messages); ids already in {@code taken} are not reused. */
    public static Imported read(byte[] opml, String name, Set<String> taken) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;                                  // reported to the caller, not printed
                }
            });
            doc = builder.parse(new ByteArrayInputStream(opml));
        } catch (Exception e) {
            return new Imported(List.of(), List.of(name + ": not readable OPML: " + e.getMessage()));
        }
        Set<String> ids = new HashSet<>(taken);
        List<SourceConfig> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        NodeList outlines = doc.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            String url = o.getAttribute("xmlUrl").trim();
            if (url.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                problems.add(name + ": outline " + (i + 1) + ": xmlUrl '" + url + "' is not a URL; skipped");
                continue;
            }
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                problems.add(name + ": outline " + (i + 1) + ": xmlUrl '" + url + "' is not http(s); skipped");
                continue;
            }
            String title = first(o.getAttribute("title"), o.getAttribute("text"));
            String id = unique(slug(title != null ? title : uri.getHost()), ids);
            entries.add(new SourceConfig(id, SourceConfig.Type.FEED, url, null, title, List.of(), 0));
        }
        return new Imported(entries, problems);
    }

    /** An OPML 2.0 document listing the feed sources among {@code sources}. */
    public static String write(List<SourceConfig> sources, String title) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>")
                .append(escape(title)).append("</title></head>\n  <body>\n");
        for (SourceConfig s : sources) {
            // a local sample (file:) names a path of this machine and means nothing to another reader
            if (s.type() == SourceConfig.Type.FEED && dev.newsriver.article.WebText.webUrl(s.location()) != null) {
                String name = escape(s.ref().name());
                out.append("    <outline type=\"rss\" text=\"").append(name).append("\" title=\"").append(name)
                        .append("\" xmlUrl=\"").append(escape(s.location())).append("\"/>\n");
            }
        }
        return out.append("  </body>\n</opml>\n").toString();
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.isEmpty() ? "feed" : s;
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-+$", "") : s;
    }

    private static String unique(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b != null && !b.isBlank() ? b.trim() : null;
    }

    private static String escape(String raw) {
        String s = dev.newsriver.article.WebText.xmlSafe(raw);
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
