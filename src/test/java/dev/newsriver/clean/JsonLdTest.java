package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdTest {

    /** The markers as one regular expression: what {@link JsonLd#unwrap} removes, written the slow way. */
    private static final Pattern MARKERS = Pattern.compile(
            "(/\\*|//)?\\s*<!\\[CDATA\\[\\s*(\\*/)?|(/\\*|//)?\\s*\\]\\]>\\s*(\\*/)?");

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"headline\": \"No markers\"}",
        "<![CDATA[{\"headline\": \"Bare\"}]]>",
        "//<![CDATA[\n{\"headline\": \"Line guards\"}\n//]]>",
        "/*<![CDATA[*/ {\"headline\": \"Block guards\"} /*]]>*/",
        "  /* <![CDATA[ */\n\t{\"a\": [1, [2]]}\n /* ]]> */  ",
        "{\"a\": \"]]>\"} // <![CDATA[",
        "x//y <![CDATA[ z",
        "<![CDATA[<![CDATA[]]>]]>",
        "/]]>",
        ""
    })
    void removesWhatTheMarkerPatternRemoves(String script) {
        assertEquals(MARKERS.matcher(script).replaceAll(""), JsonLd.unwrap(script));
    }

    @Test
    void readsAnArticleWrappedInCdata() {
        JsonLd ld = JsonLd.read(List.of("//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"Wrapped\"}\n//]]>"));
        assertEquals("Wrapped", ld.headline());
    }
}
