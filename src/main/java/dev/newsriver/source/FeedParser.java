package dev.newsriver.source;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsriver.article.RawDocument;
import dev.newsriver.article.SourceRef;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a feed into a {@link ParsedFeed}: RSS 0.90–2.0, RSS 1.0/RDF and Atom through
 * ROME after {@link FeedDom}'s pass over the XML (xml:base, early Atom drafts, CDF…), JSON Feed through
 * {@link JsonFeedParser}. The format is detected from the bytes, not the URL
 * or content type; the encoding from the BOM, the XML prolog and the HTTP charset. DOCTYPEs are
 * refused (XXE, entity expansion). Stateless; thread-safe.
 */
public final class FeedParser {

    /** Parses {@code body} fetched from {@code feedUri}; {@code contentType} may be {@code null}. */
    public ParsedFeed parse(byte[] body, String contentType, String feedUri, SourceRef source) {
        return parse(body, contentType, feedUri, feedUri, source);
    }

    /**
     * Parses {@code body} fetched from {@code feedUri}, resolving relative links against {@code baseUri}
     * (the answer's {@code Content-Location}, else the URL it came from).
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUri, String baseUri, SourceRef source) {
        try {
            if (looksLikeJson(body)) {
                return JsonFeedParser.parse(body, feedUri, source);
            }
            return parseXml(body, contentType, feedUri, baseUri, source);
        } catch (FeedParseException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new FeedParseException(feedUri + ": not a readable feed: " + reason(e), e);
        }
    }

    private static ParsedFeed parseXml(byte[] body, String contentType, String feedUri, String baseUri, SourceRef source)
            throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        input.setPreserveWireFeed(true);
        FeedDom.Prepared prepared = FeedDom.prepare(FeedCharset.decode(body, contentType), feedUri, baseUri, source);
        if (prepared.feed() != null) {
            return prepared.feed();
        }
        SyndFeed feed;
        try (Reader reader = new StringReader(prepared.xml())) {
            feed = input.build(reader);
        }
        String type = feed.getFeedType();
        List<RawDocument> entries = new ArrayList<>();
        feed.getEntries().forEach(e -> entries.add(RomeEntries.toRawDocument(e, feedUri, baseUri, source, type)));
        String title = blankToNull(RomeText.title(feed.getTitleEx(), feed.getTitle(), type));
        if (title == null && feed.getModule(DCModule.URI) instanceof DCModule dc) {
            title = blankToNull(dc.getTitle());
        }
        return new ParsedFeed(FeedUris.resolveInHtml(baseUri, title), FeedUris.resolve(baseUri, blankToNull(feed.getLink())), ttl(feed), entries);
    }

    private static Duration ttl(SyndFeed feed) {
        if (feed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0) {
            return Duration.ofMinutes(channel.getTtl());
        }
        return null;
    }

    /** Whether the first meaningful byte (after a UTF-8 BOM and white space) opens a JSON object. */
    static boolean looksLikeJson(byte[] body) {
        int i = Boms.length(body);
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
