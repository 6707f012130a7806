package dev.newsriver.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML file: a BOM wins, then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first 4 KiB, else UTF-8. Stateless; thread-safe.
 */
final class HtmlCharset {

    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) {
        Charset bom = Boms.charset(bytes);
        if (bom != null) {
            return Boms.decode(bytes, bom);
        }
        return new String(bytes, declared(bytes));
    }

    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
