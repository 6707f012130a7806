package dev.newsriver.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a whole HTML page: strips what never holds content (scripts, navigation,
 * forms, furniture by class/id), finds the main content with {@link ContentScorer}, gathers the
 * sibling blocks that belong with it, and reads the metadata with {@link PageMeta}. Stateless and
 * thread-safe.
 */
final class HtmlExtractor {

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, form,"
            + " button, input, select, textarea, nav, aside, footer, header:not(article header), link, meta,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=dialog]";

    /** Extracts the article of {@code html}; relative links resolve against {@code baseUrl} (may be null). */
    Extraction extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMeta meta = PageMeta.read(doc);
        Element body = doc.body();
        body.select(NEVER_CONTENT).remove();
        removeUnlikely(body);
        ContentScorer scorer = new ContentScorer();
        Element top = scorer.best(body);
        Element article = gather(top, scorer);
        Blocks blocks = Blocks.of(article, meta.title());
        return new Extraction(meta.title(), meta.byline(), meta.published(), meta.siteName(),
                blocks.paragraphs(), blocks.html(), meta.categories());
    }

    /** Removes elements whose class or id name furniture, unless they also name content. */
    private static void removeUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
                continue;
            }
            String hints = e.className() + " " + e.id();
            if (!hints.isBlank() && ContentScorer.NEGATIVE.matcher(hints).find()
                    && !ContentScorer.POSITIVE.matcher(hints).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The top candidate plus the siblings that score close to it or read as article paragraphs. */
    private static Element gather(Element top, ContentScorer scorer) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(10, scorer.score(top) * 0.2);
        Element wrapper = new Element("div");
        for (Element sibling : new ArrayList<>(parent.children())) {
            if (sibling == top || scorer.score(sibling) >= threshold || looksLikeParagraph(sibling)) {
                wrapper.appendChild(sibling.clone());
            }
        }
        return wrapper;
    }

    private static boolean looksLikeParagraph(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        String text = e.text();
        double density = ContentScorer.linkDensity(e);
        return (text.length() > 80 && density < 0.25) || (text.length() > 0 && density == 0 && text.matches(".*\\.( |$).*"));
    }
}
