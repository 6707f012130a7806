package dev.newsriver.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML feed the way real feeds need: a BOM wins; bytes that are valid UTF-8 with non-ASCII
 * characters are UTF-8 even when the prolog or HTTP header claims a single-byte charset (a common
 * mistake); bytes that are not valid UTF-8 under a UTF-8 (or missing) declaration fall back to the
 * HTTP charset, else windows-1252; otherwise the prolog's encoding, then the HTTP charset. Stateless.
 */
final class FeedCharset {

    private static final Pattern PROLOG = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedCharset() {
    }

    /** The text of {@code body}; {@code contentType} (may be {@code null}) is the HTTP header. */
    static String decode(byte[] body, String contentType) {
        Charset bom = Boms.charset(body);
        if (bom != null) {
            return Boms.decode(body, bom);
        }
        if (body.length >= 2 && (body[0] == '<') != (body[1] == '<') && (body[0] == 0 || body[1] == 0)) {
            return new String(body, body[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        Charset prolog = charset(PROLOG.matcher(new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1)));
        Charset http = contentType == null ? null : charset(HTTP.matcher(contentType));
        String utf8 = strictUtf8(body);
        if (utf8 != null && (prolog == null || singleByte(prolog) || prolog == StandardCharsets.UTF_8)
                && (prolog != null || http == null || singleByte(http) || !isAscii(body))) {
            return utf8;
        }
        if (prolog == null || prolog == StandardCharsets.UTF_8) {
            Charset fallback = http != null && http != StandardCharsets.UTF_8 ? http : WINDOWS_1252;
            return new String(body, fallback);
        }
        return new String(body, prolog);
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            Charset c = Charset.forName(m.group(1));
            return c.name().equals("UTF-8") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean singleByte(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
