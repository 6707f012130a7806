package dev.newsriver.tagging;

import java.util.List;

/**
 * One topic of {@code tags.yml}: it applies when one of the {@code any} phrases occurs (if any are
 * given), one phrase of every {@code all} group occurs, every {@code near} pair occurs within its
 * distance, none of the {@code none} phrases occurs, and the item's regions satisfy
 * {@code regionsAny} / {@code regionsExcept}. Immutable and thread-safe.
 *
 * @param id            slug: "us-troops"
 * @param label         shown to readers: "US Troops"
 * @param any           phrases of which one must occur (empty: no such condition)
 * @param all           groups of alternative phrases, one of each must occur
 * @param none          phrases that rule the topic out
 * @param ignore        phrases whose words do not count ("trade-off" for a rule on "trade")
 * @param near          pairs of phrase groups that must occur within a number of words
 * @param regionsAny    the item must carry one of these region ids (empty: no such condition)
 * @param regionsExcept the item must carry a region other than these (empty: no such condition)
 * @param weight        multiplies the evidence weight of this topic
 * @param line          where the topic starts in its file
 */
record TopicRule(String id, String label, List<Phrase> any, List<List<Phrase>> all, List<Phrase> none,
                 List<Phrase> ignore,
                 List<Near> near, List<String> regionsAny, List<String> regionsExcept, double weight,
                 int line) {

    /** Two phrase groups that must occur within {@code within} words of each other. */
    record Near(List<Phrase> a, List<Phrase> b, int within) {
    }
}
