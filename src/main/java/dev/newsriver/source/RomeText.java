package dev.newsriver.source;

import com.rometools.rome.feed.synd.SyndContent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the text ROME hands over: unwraps Atom's XHTML {@code <div>}, decodes base64 content,
 * unescapes plain-text titles, and reduces an RSS author ("me@example.com (Name)") to the name.
 * Stateless; thread-safe.
 */
final class RomeText {

    private static final String XHTML_DIV = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final Pattern NAME_EMAIL = Pattern.compile("\\s*(.*?)\\s*[(<]\\s*([^()<>\\s]+@[^()<>\\s]+)\\s*[)>]\\s*");
    private static final Pattern EMAIL_NAME = Pattern.compile("\\s*([^()<>\\s]+@[^()<>\\s]+)\\s*\\((.+)\\)\\s*");

    private RomeText() {
    }

    /** The value of {@code c} as HTML or text; {@code atom10} says whether the XHTML wrapper is not content. */
    static String value(SyndContent c, boolean atom10) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        String v = unwrapXhtml(c.getValue().trim(), atom10);
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (atom10 && isBinary(type) && BASE64.matcher(v).matches()) {
            try {
                return new String(Base64.getMimeDecoder().decode(v), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return v;
            }
        }
        return v;
    }

    /** A title: XHTML unwrapped, and a {@code text/plain} title with its character references resolved. */
    static String title(SyndContent c, String fallback, String feedType) {
        if (c == null || c.getValue() == null) {
            return fallback;
        }
        String v = value(c, "atom_1.0".equals(feedType));
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text/plain") ? unescape(v) : v;
    }

    static String unwrapXhtml(String v, boolean atom10) {
        if (v.startsWith(XHTML_DIV) && v.endsWith("</div>")) {
            String inner = v.substring(XHTML_DIV.length(), v.length() - "</div>".length());
            return atom10 ? inner.trim() : "<div>" + inner + "</div>";
        }
        return v;
    }

    private static boolean isBinary(String type) {
        return !type.isEmpty() && !type.startsWith("text") && !type.equals("html") && !type.equals("xhtml")
                && !type.endsWith("xml");
    }

    /** Resolves {@code &amp; &lt; &gt; &quot; &apos;} and numeric character references. */
    static String unescape(String v) {
        if (v == null || v.indexOf('&') < 0) {
            return v;
        }
        Matcher m = Pattern.compile("&(#[xX][0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String ch = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(ch));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The person's name from "Name (email)", "Name &lt;email&gt;" or "email (Name)"; else the text as is. */
    static String authorName(String author) {
        if (author == null) {
            return null;
        }
        Matcher m = EMAIL_NAME.matcher(author);
        if (m.matches()) {
            return m.group(2).trim();
        }
        m = NAME_EMAIL.matcher(author);
        if (m.matches() && !m.group(1).isEmpty()) {
            return m.group(1);
        }
        return author.trim();
    }
}
