package dev.newsriver.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the {@code Expect:} lines of feedparser's well-formed suite into checks on Newsriver's
 * model. Each {@code and}-separated clause of the form {@code feed['x'] == 'literal'} or
 * {@code entries[i]['x']… == 'literal'} about a field Newsriver keeps becomes one {@link Check};
 * everything else (bozo, version, fields Newsriver drops) is not translated. Stateless.
 */
final class FeedparserExpectations {

    /** One translated expectation: which field of which entry (-1 for the feed) and the expected value. */
    record Check(String clause, int entry, Field field, int index, Object expected) {
    }

    /** The fields Newsriver keeps, as the harness compares them. */
    enum Field { FEED_TITLE, FEED_LINK, TITLE, LINK, ID, BODY, AUTHOR, PUBLISHED, CATEGORY }

    private static final Pattern EXPECT = Pattern.compile("Description:\\s*(.*?)\\s*Expect:\\s*(.*?)\\s*-->", Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile(
            "(feed|entries\\[(\\d+)\\])((?:\\[(?:'[a-z_]+'|\\d+)\\])+)\\s*==\\s*(.+)", Pattern.DOTALL);

    private FeedparserExpectations() {
    }

    /** The expectation text of a test file, or {@code null}. */
    static String expectation(String file) {
        Matcher m = EXPECT.matcher(file);
        return m.find() ? m.group(2) : null;
    }

    /** The clauses of {@code expect} that concern kept fields. */
    static List<Check> translate(String expect) {
        List<Check> checks = new ArrayList<>();
        for (String clause : PythonLiterals.splitAnd(expect)) {
            Matcher m = CLAUSE.matcher(clause.strip());
            if (!m.matches()) {
                continue;
            }
            int entry = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            String path = m.group(3).replace("'", "");
            Object expected = PythonLiterals.value(m.group(4).strip());
            Check check = check(clause.strip(), entry, path, expected);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    private static Check check(String clause, int entry, String path, Object expected) {
        if (expected == null) {
            return null;
        }
        boolean text = expected instanceof String;
        if (entry < 0) {
            return switch (path) {
                case "[title]", "[title_detail][value]" -> text ? new Check(clause, -1, Field.FEED_TITLE, 0, expected) : null;
                case "[link]" -> text ? new Check(clause, -1, Field.FEED_LINK, 0, expected) : null;
                default -> null;
            };
        }
        Matcher tag = Pattern.compile("\\[tags\\]\\[(\\d+)\\]\\[term\\]").matcher(path);
        if (tag.matches() && text) {
            return new Check(clause, entry, Field.CATEGORY, Integer.parseInt(tag.group(1)), expected);
        }
        Field field = switch (path) {
            case "[title]", "[title_detail][value]" -> Field.TITLE;
            case "[link]" -> Field.LINK;
            case "[id]" -> Field.ID;
            case "[summary]", "[description]", "[summary_detail][value]", "[content][0][value]" -> Field.BODY;
            case "[author]", "[author_detail][name]" -> Field.AUTHOR;
            case "[published_parsed]" -> Field.PUBLISHED;
            case "[category]" -> Field.CATEGORY;
            default -> null;
        };
        if (field == null || (field == Field.PUBLISHED) == text) {
            return null;
        }
        return new Check(clause, entry, field, 0, expected);
    }
}
