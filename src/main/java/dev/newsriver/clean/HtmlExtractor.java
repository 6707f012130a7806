package dev.newsriver.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a whole HTML page: reads the metadata ({@link PageMeta}), strips what
 * never holds content ({@link PagePrep}), finds the main content ({@link ContentScorer}), gathers the
 * sibling blocks that belong with it, and tidies it ({@link ArticleCleaner}). When a pass finds too
 * little text it retries with fewer rules, as Readability does. Stateless and thread-safe.
 */
final class HtmlExtractor {

    private static final int ENOUGH_TEXT = 500;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** The rules a pass applies, from strictest to most lenient. */
    private enum Pass {
        STRICT(true, true, true), KEEP_UNLIKELY(false, true, true), NO_WEIGHTS(false, false, true),
        LENIENT(false, false, false);

        final boolean stripUnlikely;
        final boolean weighClasses;
        final boolean conditionally;

        Pass(boolean stripUnlikely, boolean weighClasses, boolean conditionally) {
            this.stripUnlikely = stripUnlikely;
            this.weighClasses = weighClasses;
            this.conditionally = conditionally;
        }
    }

    /** Extracts the article of {@code html}; relative links resolve against {@code baseUrl} (may be null). */
    Extraction extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Hints hints = new Hints();
        PageScan scan = PageScan.of(doc, hints);
        PageMeta meta = PageMeta.read(doc, scan);
        Blocks best = null;
        for (Pass pass : Pass.values()) {
            Element body = pass == Pass.STRICT ? doc.body() : Jsoup.parse(html, baseUrl == null ? "" : baseUrl).body();
            List<Element> elements = pass == Pass.STRICT ? scan.bodyElements : Walk.elements(body);
            Blocks blocks = Blocks.of(grab(body, elements, pass, hints, Links.base(baseUrl)), meta.title());
            if (blocks.length() >= ENOUGH_TEXT) {
                best = blocks;
                break;
            }
            best = best == null || blocks.length() > best.length() ? blocks : best;
        }
        return new Extraction(meta.title(), meta.byline(), meta.published(), meta.siteName(),
                best.paragraphs(), best.article(), meta.categories(), Set.of());
    }

    /** The article of {@code body} under {@code pass}; {@code elements} are the body's, in document order. */
    private static Element grab(Element body, List<Element> elements, Pass pass, Hints hints, URI base) {
        PagePrep.paragraphize(body, PagePrep.strip(body, pass.stripUnlikely ? hints : null, elements));
        ContentScorer scorer = new ContentScorer(pass.weighClasses, hints);
        Element top = scorer.best(body);
        if (top == null) {
            Blocks.resolveLinks(body, base);
        }
        Element article = top == null ? body : gather(top, scorer, base);
        TextStats stats = top == null ? TextStats.of(body) : scorer.stats();
        ArticleCleaner.clean(article, pass.conditionally, pass.weighClasses ? hints : null, stats);
        return article;
    }

    /** The top candidate plus the siblings that score close to it or read as article paragraphs. */
    private static Element gather(Element top, ContentScorer scorer, URI base) {
        Element parent = top.parent();
        Element wrapper = new Element("div");
        if (parent == null) {
            Blocks.resolveLinks(top, base);
            wrapper.appendChild(top);
            return wrapper;
        }
        double topScore = scorer.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (sibling == top || (scorer.score(sibling) > 0 && scorer.score(sibling) + bonus >= threshold)
                    || readsAsParagraph(sibling, scorer.stats())) {
                kept.add(sibling);
            }
        }
        kept.forEach(e -> Blocks.resolveLinks(e, base));
        kept.forEach(wrapper::appendChild);
        return wrapper;
    }

    private static boolean readsAsParagraph(Element e, TextStats stats) {
        if (!e.nameIs("p")) {
            return false;
        }
        String text = Texts.of(e);
        double density = stats.linkDensity(e);
        return (text.length() > 80 && density < 0.25)
                || (!text.isEmpty() && text.length() <= 80 && density == 0 && SENTENCE_END.matcher(text).find());
    }
}
