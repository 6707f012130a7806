package dev.newsriver.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the article from a plain-text page dump (menus as bullet lines, tickers, footers, all as
 * text). It scores each line (prose counts for, bullets, tickers and short labels against), takes
 * the best-scoring run of lines as the body, then drops the furniture left inside it: related
 * headlines, captions, share counts, repeated lines. Stateless and thread-safe.
 */
final class TextExtractor {

    /** Extracts the article; {@code furniture} holds line keys learned as the source's template. */
    Extraction extract(String dump, Set<String> furniture) {
        List<Line> lines = Line.parse(dump);
        boolean[] ticker = tickers(lines);
        boolean[] gallery = new boolean[lines.size()];
        markGalleries(lines, gallery);
        int[] scores = LineScorer.score(lines, ticker, furniture);
        boolean[] dropped = ticker.clone();
        for (int i = 0; i < scores.length; i++) {
            if (gallery[i]) {
                scores[i] = 0;
                dropped[i] = true;
            }
        }
        int[] body = bodyRun(lines, scores);
        boolean lenient = body == null;
        if (lenient && lines.stream().allMatch(l -> l.bullet() || LineRules.furniture(l.text()))) {
            List<String> items = textItems(lines);
            return items.isEmpty() ? null
                    : new Extraction(null, null, null, null, items, null, List.of(), Set.of());
        } else if (lenient) {
            body = new int[] {0, lines.size() - 1};
        }
        int titleAt = title(lines, ticker, body[0]);
        String title = titleAt < 0 ? null : lines.get(titleAt).text();
        List<String> paragraphs = new BodyFilter(title, lenient).keep(lines.subList(body[0], body[1] + 1),
                dropped, body[0], furniture);
        Meta meta = meta(lines, ticker, Math.max(0, (titleAt < 0 ? body[0] : titleAt) - 3), body[0]);
        return new Extraction(title, meta.byline, meta.published, siteName(lines, body),
                paragraphs, null, categories(lines, body[1] + 1), outside(lines, body));
    }

    /** Items that read as text rather than as links: {@value #TEXT_ITEM_WORDS} words or more. */
    private static final int TEXT_ITEM_WORDS = 8;

    /**
     * The list items of a page made only of a list that read as text, each with its indented continuation
     * lines: such a page is an article written as a list. A list of links ("Home", "News") is a menu, and a
     * page of nothing else has no article (an empty list).
     */
    private static List<String> textItems(List<Line> lines) {
        List<StringBuilder> items = new ArrayList<>();
        StringBuilder item = null;
        for (Line line : lines) {
            if (line.bullet() && !line.marker() && item != null) {
                item.append(' ').append(line.text());
            } else {
                item = line.bullet() ? new StringBuilder(line.text()) : null;
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items.stream().map(StringBuilder::toString).filter(t -> Prose.words(t) >= TEXT_ITEM_WORDS).toList();
    }

    /**
     * Marks the slides of photo galleries: from the first to the last line numbered "k/N" (three or more
     * with one N), and the last slide's caption and credit (as many lines as the slide before it took). A gallery of captioned slides reads like
     * prose but is not the article; standing inside one, it neither ends the body nor makes one.
     */
    private static void markGalleries(List<Line> lines, boolean[] marks) {
        Map<String, List<Integer>> slides = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            var m = LineRules.SLIDE.matcher(lines.get(i).text());
            if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                slides.computeIfAbsent(m.group(2), n -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> at : slides.values()) {
            if (at.size() < 3) {
                continue;
            }
            int start = at.get(0);
            // the last slide is as long as the one before it: its caption and credit
            int last = at.get(at.size() - 1);
            int end = Math.min(lines.size(), last + (last - at.get(at.size() - 2)));
            for (int i = start; i < end; i++) {
                marks[i] = true;
            }
        }
    }

    /** Marks the lines that follow a "BREAKING" header, up to the next blank line. */
    private static boolean[] tickers(List<Line> lines) {
        boolean[] ticker = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (LineRules.matches(LineRules.TICKER, lines.get(i).text())) {
                ticker[i] = true;
                for (int j = i + 1; j < lines.size() && !lines.get(j).blankBefore(); j++) {
                    ticker[j] = true;
                }
            }
        }
        return ticker;
    }

    /** How much prose (in line score) above a comments header makes it the article rather than the comments below. */
    static final int BODY_ABOVE_COMMENTS = 40;

    /**
     * The body run, ending at the first closing header inside it: when the best run carries on past
     * "There are 13 comments", "Comments (10580)" or "Most read", what follows is readers' prose or teasers,
     * and the body is the best run above that header. When the best run starts just below a comments
     * header (readers wrote more than the article holds) and prose stands above it, that prose is the body.
     * A bare count ("11 Comments", often in the article's header beside the byline) or one right under a
     * byline or a date closes nothing.
     */
    private static int[] bodyRun(List<Line> lines, int[] scores) {
        int[] run = bestRun(scores);
        if (run == null) {
            return null;
        }
        for (int i = run[0] + 1; i <= run[1]; i++) {
            if (closes(lines, scores, i)) {
                int[] above = bestRun(Arrays.copyOf(scores, i));
                return above != null ? above : run;
            }
        }
        int header = run[0] - 1;
        while (header >= 0 && scores[header] <= 0 && !closes(lines, scores, header)) {
            header--;
        }
        if (header >= 0 && closes(lines, scores, header) && LineRules.COMMENTS.matcher(lines.get(header).text()).find()) {
            int[] above = bestRun(Arrays.copyOf(scores, header));
            if (above != null && sum(scores, above) >= BODY_ABOVE_COMMENTS) {
                return above;
            }
        }
        return run;
    }

    /** Whether line {@code i} is a closing header that ends an article above it. */
    private static boolean closes(List<Line> lines, int[] scores, int i) {
        return scores[i] == LineScorer.HARD_WALL && !LineRules.matches(LineRules.COMMENT_COUNT, lines.get(i).text())
                && !underHeader(lines, i);
    }

    private static int sum(int[] scores, int[] run) {
        int total = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            total += scores[i];
        }
        return total;
    }

    /** Whether one of the three lines above line {@code i} is a byline or a short dated line. */
    private static boolean underHeader(List<Line> lines, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String text = lines.get(j).text();
            if (LineRules.matches(LineRules.BYLINE, text) || (lines.get(j).words() <= 8 && Dates.find(text) != null)) {
                return true;
            }
        }
        return false;
    }

    /** The run of lines with the highest total score, as {first, last}, or null if none scores. */
    private static int[] bestRun(int[] scores) {
        int best = 0;
        int[] run = null;
        int sum = 0;
        int from = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += scores[i];
            if (sum <= 0) {
                sum = 0;
                from = i + 1;
            } else if (sum > best) {
                best = sum;
                run = new int[] {from, i};
            }
        }
        return run;
    }

    /** The headline: the nearest plain, short, unpunctuated line above the body. */
    private static int title(List<Line> lines, boolean[] ticker, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 15); i--) {
            Line line = lines.get(i);
            String text = line.text();
            if (line.bullet() || ticker[i] || LineRules.furniture(text) || LineRules.matches(LineRules.BYLINE, text)
                    || (line.words() <= 6 && Dates.find(text) != null)) {
                continue;
            }
            int words = line.words();
            if (words >= 2 && words <= 30 && !text.endsWith(".")) {
                return i;
            }
        }
        return -1;
    }

    private record Meta(String byline, Instant published) {
    }

    /** Byline and date from the lines between the title and the body. */
    private static Meta meta(List<Line> lines, boolean[] ticker, int from, int to) {
        String byline = null;
        Instant published = null;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            if (ticker[i]) {
                continue;
            }
            var by = LineRules.BYLINE.matcher(text);
            if (byline == null && by.matches()) {
                byline = by.group(1).strip();
            } else if (published == null && Prose.words(text) <= 12) {
                published = Dates.find(text);
            }
        }
        return new Meta(byline, published);
    }

    /** Keys of the short lines outside the body: what a source's template is learned from. */
    private static Set<String> outside(List<Line> lines, int[] body) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if ((i < body[0] || i > body[1]) && !Prose.sentence(line.text(), line.words())) {
                String key = Prose.key(line.text());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The short line that opens the page and recurs on it (header and footer): the site's name. */
    private static String siteName(List<Line> lines, int[] body) {
        String first = lines.get(0).text();
        if (lines.get(0).bullet() || Prose.words(first) > 5 || body[0] == 0) {
            return null;
        }
        String key = Prose.key(first);
        for (int i = 1; i < lines.size(); i++) {
            if ((i < body[0] || i > body[1]) && Prose.key(lines.get(i).text()).equals(key)) {
                return first;
            }
        }
        return null;
    }

    /** The run of short bullet items right after the body: the article's tags. */
    private static List<String> categories(List<Line> lines, int from) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (found.isEmpty() && LineRules.furniture(text)) {
                continue;
            }
            if (!line.marker() || line.words() > 4 || text.matches(".*\\d.*")) {
                break;
            }
            if (seen.add(Prose.key(text))) {
                found.add(text);
            }
        }
        return found;
    }
}
