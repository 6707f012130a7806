package dev.newsriver.source;

import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A pass over the feed's XML before ROME reads it, for what real feeds do and ROME does not follow:
 * <ul>
 *   <li>{@code xml:base} (on any element, nested, relative to its parent's): links inside HTML and XHTML
 *       bodies and titles, and Atom link {@code href}s, are resolved against it;</li>
 *   <li>Atom under a namespace ROME does not know (early drafts' {@code purl.org/echo}, none at all) is read
 *       as Atom; Atom 0.3 {@code mode="base64"} text is decoded; {@code published} wins over {@code issued};
 *       an HTML body that arrives wrapped in an XHTML {@code div} is read as the HTML it holds;</li>
 *   <li>RSS items' {@code <body>} and {@code <fullitem>} become the item's content; {@code dc:author} its
 *       author, {@code dcterms:issued} its date; a made-up {@code <tags>} list its categories; items
 *       directly under {@code <rss>} get the channel they lack;</li>
 *   <li>SVG and MathML inside XHTML bodies lose namespace prefixes ({@code svg:svg}), which no browser
 *       renders as SVG in HTML;</li>
 *   <li>CDF (Microsoft's Channel Definition Format) is read here, since ROME does not read it.</li>
 * </ul>
 * The document is parsed with DOCTYPEs refused; a document this parser cannot read (ROME's healer
 * may still) goes to ROME unchanged. Stateless; thread-safe.
 */
final class FeedDom {
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String ATOM10 = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Set<String> ATOM_TEXT = Set.of("title", "subtitle", "tagline", "summary", "content", "rights",
            "copyright", "info");
    private static final Set<String> RSS_HTML = Set.of("description", "encoded", "body", "fullitem");

    /** The XML for ROME (perhaps rewritten), or a feed this pass read itself. */
    record Prepared(String xml, ParsedFeed feed) {
    }

    private FeedDom() {
    }

    static Prepared prepare(String xml, String feedUri, String baseUri, SourceRef source) {
        Document doc = parse(xml);
        if (doc == null || doc.getDocumentElement() == null) {
            return new Prepared(xml, null);
        }
        Element root = doc.getDocumentElement();
        String rootName = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        if (rootName.equalsIgnoreCase("channel") && root.getNamespaceURI() == null) {
            return new Prepared(xml, Cdf.read(root, feedUri, baseUri, source));
        }
        boolean changed = false;
        if (rootName.equals("feed")) {
            // ROME writes Atom 0.3 inline XML back with its CDATA sections; read, they are just text
            changed |= xml.contains("<![CDATA[");
            changed |= atomNamespace(doc, root);
            changed |= atom(doc, root);
        } else if (rootName.equals("rss") || rootName.equals("RDF")) {
            changed |= rss(doc, root);
        }
        changed |= foreignPrefixes(doc, root);
        changed |= xmlBase(root, baseUri, baseUri);
        return new Prepared(changed ? write(doc) : xml, null);
    }

    // --- Atom ---------------------------------------------------------------------------------------

    /** A {@code feed} in no namespace or one ROME does not know is Atom (0.3 when it says so). */
    private static boolean atomNamespace(Document doc, Element root) {
        String ns = root.getNamespaceURI();
        if (ATOM03.equals(ns) || ATOM10.equals(ns)) {
            return false;
        }
        String target = "0.3".equals(root.getAttribute("version")) ? ATOM03 : ATOM10;
        if (root.hasAttributeNS(XMLNS, "xmlns")) {
            root.removeAttributeNS(XMLNS, "xmlns");
        }
        moveNamespace(doc, root, ns, target);
        return true;
    }

    private static void moveNamespace(Document doc, Element e, String from, String to) {
        Element at = e;
        if (same(e.getNamespaceURI(), from)) {
            at = (Element) doc.renameNode(e, to, localName(e));
        }
        for (Element child : children(at)) {
            moveNamespace(doc, child, from, to);
        }
    }

    private static boolean atom(Document doc, Element root) {
        boolean changed = false;
        boolean atom03 = ATOM03.equals(root.getNamespaceURI());
        for (Element e : descendants(root)) {
            String ns = e.getNamespaceURI();
            if (!ATOM03.equals(ns) && !ATOM10.equals(ns)) {
                continue;
            }
            String name = localName(e);
            if (ATOM_TEXT.contains(name)) {
                changed |= base64(e) | htmlInDiv(e);
            }
            if (atom03 && name.equals("entry")) {
                changed |= publishedOverIssued(e);
            }
        }
        return changed;
    }

    /** Atom 0.3 {@code mode="base64"}: the decoded text, read as the type says. */
    private static boolean base64(Element e) {
        if (!"base64".equals(e.getAttribute("mode"))) {
            return false;
        }
        try {
            String decoded = new String(Base64.getMimeDecoder().decode(e.getTextContent().strip()), StandardCharsets.UTF_8);
            e.setTextContent(decoded);
            e.setAttribute("mode", "escaped");
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** {@code type="html"} holding an XHTML {@code div} element (a known blog engine's habit): the HTML is its text. */
    private static boolean htmlInDiv(Element e) {
        String type = e.getAttribute("type");
        List<Element> kids = children(e);
        if (!(type.equals("html") || type.equals("text/html")) || kids.size() != 1 || !localName(kids.get(0)).equals("div")
                || !XHTML.equals(kids.get(0).getNamespaceURI()) || !children(kids.get(0)).isEmpty()) {
            return false;
        }
        e.setTextContent(kids.get(0).getTextContent());
        return true;
    }

    /** An Atom 0.3 entry with {@code published} as well as {@code issued}: published is the date. */
    private static boolean publishedOverIssued(Element entry) {
        Element issued = child(entry, "issued");
        Element published = child(entry, "published");
        if (issued == null || published == null || published.getTextContent().isBlank()) {
            return false;
        }
        issued.setTextContent(published.getTextContent().strip());
        return true;
    }

    // --- RSS ----------------------------------------------------------------------------------------

    private static boolean rss(Document doc, Element root) {
        boolean changed = false;
        List<Element> stray = new ArrayList<>();
        for (Element e : children(root)) {
            if (localName(e).equals("item") && e.getNamespaceURI() == null) {
                stray.add(e);
            }
        }
        if (!stray.isEmpty() && child(root, "channel") == null) {
            Element channel = doc.createElementNS(null, "channel");
            root.appendChild(channel);
            stray.forEach(channel::appendChild);
            changed = true;
        }
        boolean itunes = declaresItunes(root);
        for (Element e : descendants(root)) {
            if (itunes && e.getNamespaceURI() == null && !localName(e).equals(localName(e).toLowerCase(Locale.ROOT))) {
                doc.renameNode(e, null, localName(e).toLowerCase(Locale.ROOT));
                changed = true;
            }
        }
        for (Element item : descendants(root)) {
            if (localName(item).equals("item")) {
                changed |= rssItem(doc, item);
            }
        }
        return changed;
    }

    private static boolean declaresItunes(Element root) {
        NamedNodeMap attrs = root.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLNS.equals(a.getNamespaceURI()) && a.getValue().toLowerCase(Locale.ROOT).contains("itunes.com")) {
                return true;
            }
        }
        return false;
    }

    private static boolean rssItem(Document doc, Element item) {
        boolean changed = false;
        if (childNs(item, CONTENT, "encoded") == null) {
            Element body = null;
            for (Element c : children(item)) {
                String ns = c.getNamespaceURI();
                if (localName(c).equals("body") && (ns == null || XHTML.equals(ns))) {
                    body = c;
                    break;
                }
            }
            Element fullitem = child(item, "fullitem");
            String html = body != null ? innerXml(body) : fullitem != null ? fullitem.getTextContent() : null;
            if (html != null && !html.isBlank()) {
                Element encoded = doc.createElementNS(CONTENT, "content:encoded");
                encoded.setTextContent(html.strip());
                item.appendChild(encoded);
                changed = true;
            }
        }
        Element dcAuthor = childNs(item, DC, "author");
        if (dcAuthor != null && childNs(item, DC, "creator") == null && child(item, "author") == null) {
            Element creator = doc.createElementNS(DC, "dc:creator");
            creator.setTextContent(dcAuthor.getTextContent());
            item.appendChild(creator);
            changed = true;
        }
        Element issued = childNs(item, DCTERMS, "issued");
        if (issued != null && child(item, "pubDate") == null && childNs(item, DC, "date") == null) {
            Element date = doc.createElementNS(DC, "dc:date");
            date.setTextContent(issued.getTextContent().strip());
            item.appendChild(date);
            changed = true;
        }
        Element tags = child(item, "tags");
        if (tags != null) {
            Node first = child(item, "category");
            for (String t : tags.getTextContent().split(",")) {
                if (!t.isBlank()) {
                    Element category = doc.createElementNS(null, "category");
                    category.setTextContent(t.strip());
                    item.insertBefore(category, first);
                    changed = true;
                }
            }
        }
        return changed;
    }

    // --- XHTML bodies and xml:base -------------------------------------------------------------------

    /** SVG and MathML elements written with a prefix ({@code svg:circle}) get it dropped. */
    private static boolean foreignPrefixes(Document doc, Element root) {
        boolean changed = false;
        for (Element e : descendants(root)) {
            String ns = e.getNamespaceURI();
            if ((SVG.equals(ns) || MATHML.equals(ns)) && e.getPrefix() != null) {
                doc.renameNode(e, ns, localName(e));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Resolves links in HTML-bearing elements and Atom links whose {@code xml:base} (their own or inherited)
     * differs from the document's base; with the document's base they are resolved later, as always.
     */
    private static boolean xmlBase(Element e, String inherited, String documentBase) {
        String base = inherited;
        String declared = e.getAttributeNS(XML_NS, "base");
        if (!declared.isBlank()) {
            base = inherited == null ? declared.strip() : FeedUris.resolve(inherited, declared.strip());
        }
        if (base == null || base.equals(documentBase) || !base.startsWith("http")) {
            boolean changed = false;
            for (Element c : children(e)) {
                changed |= xmlBase(c, base, documentBase);
            }
            return changed;
        }
        String name = localName(e);
        String ns = e.getNamespaceURI();
        boolean atom = ATOM03.equals(ns) || ATOM10.equals(ns);
        if (atom && name.equals("link") && e.hasAttribute("href")) {
            e.setAttribute("href", FeedUris.resolve(base, e.getAttribute("href")));
        }
        if ((atom && ATOM_TEXT.contains(name)) || (!atom && RSS_HTML.contains(name))) {
            if (children(e).isEmpty()) {
                String type = e.getAttribute("type");
                if (!type.equals("text") && !type.equals("text/plain")) {
                    e.setTextContent(FeedUris.resolveInHtml(base, e.getTextContent()));
                }
            } else {
                for (Element d : descendants(e)) {
                    for (String attribute : new String[] {"href", "src"}) {
                        if (d.hasAttribute(attribute)) {
                            d.setAttribute(attribute, FeedUris.resolve(base, d.getAttribute(attribute)));
                        }
                    }
                }
            }
            return true;
        }
        for (Element c : children(e)) {
            xmlBase(c, base, documentBase);
        }
        return true;
    }

    // --- DOM helpers --------------------------------------------------------------------------------

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setCoalescing(true); // CDATA sections become text: the same characters, one less quirk for ROME
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    private static String write(Document doc) {
        LSSerializer s = ((DOMImplementationLS) doc.getImplementation()).createLSSerializer();
        s.getDomConfig().setParameter("xml-declaration", false);
        return s.writeToString(doc);
    }

    /** The markup inside {@code e}, without the element itself. */
    private static String innerXml(Element e) {
        LSSerializer s = ((DOMImplementationLS) e.getOwnerDocument().getImplementation()).createLSSerializer();
        s.getDomConfig().setParameter("xml-declaration", false);
        StringBuilder out = new StringBuilder();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            out.append(n.getNodeType() == Node.TEXT_NODE ? escape(n.getNodeValue()) : s.writeToString(n));
        }
        return out.toString().replace(" xmlns=\"" + XHTML + "\"", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String localName(Node e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList all = e.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The first child element with this local name in the element's own namespace or none. */
    static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (localName(c).equals(name) && (c.getNamespaceURI() == null || same(c.getNamespaceURI(), e.getNamespaceURI()))) {
                return c;
            }
        }
        return null;
    }

    private static Element childNs(Element e, String ns, String name) {
        for (Element c : children(e)) {
            if (localName(c).equals(name) && ns.equals(c.getNamespaceURI())) {
                return c;
            }
        }
        return null;
    }

    /** CDF: a CHANNEL of ITEMs, each with an HREF, a TITLE and an ABSTRACT; element names in any case. */
    static final class Cdf {
        private Cdf() {
        }

        static ParsedFeed read(Element channel, String feedUri, String baseUri, SourceRef source) {
            List<RawDocument> entries = new ArrayList<>();
            collect(channel, feedUri, baseUri, source, entries);
            String link = FeedUris.resolve(baseUri, FeedParser.blankToNull(attribute(channel, "href")));
            return new ParsedFeed(text(channel, "title"), link, null, entries);
        }

        private static void collect(Element channel, String feedUri, String baseUri, SourceRef source, List<RawDocument> out) {
            for (Element c : children(channel)) {
                String name = localName(c).toLowerCase(Locale.ROOT);
                if (name.equals("channel")) {
                    collect(c, feedUri, baseUri, source, out);
                } else if (name.equals("item")) {
                    String link = FeedUris.resolve(baseUri, FeedParser.blankToNull(attribute(c, "href")));
                    String title = text(c, "title");
                    String body = text(c, "abstract");
                    String content = body == null ? "" : FeedUris.resolveInHtml(baseUri, body);
                    String guid = Identity.of(null, link, title, content);
                    out.add(new RawDocument(source, feedUri + "#" + guid, RawDocument.Format.FEED_ENTRY, content, guid,
                            link == null ? null : Identity.canonicalLink(link), title, null, null, List.of()));
                }
            }
        }

        private static String attribute(Element e, String name) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                if (localName(attrs.item(i)).equalsIgnoreCase(name)) {
                    return attrs.item(i).getNodeValue();
                }
            }
            return null;
        }

        private static String text(Element e, String name) {
            for (Element c : children(e)) {
                if (localName(c).equalsIgnoreCase(name)) {
                    return FeedParser.blankToNull(c.getTextContent());
                }
            }
            return null;
        }
    }
}
