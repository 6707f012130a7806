package dev.newsriver.dedupe;

import static dev.newsriver.testing.Articles.article;
import static dev.newsriver.testing.Articles.words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Evidence;
import dev.newsriver.article.Tag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private final Deduplicator dedupe = new Deduplicator(DedupeSettings.defaults(100));
    private long nextId = 1;

    private Article store(Article a) {
        return dedupe.remember(a.toBuilder().id(nextId++).build());
    }

    @Test
    void theSameTextFromTwoSourcesHasTheSameContentHash() {
        Article a = dedupe.classify(article("a", "Niger asks the United States to withdraw its troops.").build());
        Article b = dedupe.classify(article("b", "NIGER asks the United States — to withdraw its troops!").build());
        assertThat(a.fingerprint().contentHash()).isEqualTo(b.fingerprint().contentHash());
    }

    @Test
    void aNearCopyIsLinkedToTheFirstItemAndSharesItsStory() {
        String body = words("w", 300);
        Article first = store(dedupe.classify(article("a", body).build()));
        Article copy = dedupe.classify(article("b", body + " one more sentence at the end").build());
        assertThat(copy.duplicateOf()).isEqualTo(first.id());
        assertThat(copy.story()).isEqualTo(first.story());
    }

    @Test
    void anItemThatRepeatsMuchOfAnotherJoinsItsStoryWithoutBeingADuplicate() {
        Article first = store(dedupe.classify(article("a", words("w", 300)).build()));
        String overlapping = words("w", 200) + " " + words("other", 150);
        Article second = dedupe.classify(article("b", overlapping).build());
        assertThat(second.story()).isEqualTo(first.story());
        assertThat(second.duplicateOf()).isNull();
    }

    @Test
    void twoReadsOfOnePageThatOpenAlikeAreDuplicatesThoughEachKeptSomethingTheOtherDidNot() {
        String article = words("lead", 30) + "\n" + words("body", 250);
        Article page = store(dedupe.classify(article("page", article + "\n" + words("caption", 60)).build()));
        Article dump = dedupe.classify(article("dump", "Home News Sport\n" + article + "\n" + words("comment", 110)).build());
        // neither near-copy (Jaccard ≈ 0.6) nor contained (≈ 0.8): what makes it a duplicate is the same opening
        assertThat(page.fingerprint().similarity(dump.fingerprint())).isBetween(0.5, 0.7);
        assertThat(page.fingerprint().containment(dump.fingerprint())).isBetween(0.75, 0.9);
        assertThat(dump.duplicateOf()).isEqualTo(page.id());
    }

    @Test
    void aRewriteUnderANewLeadIsTheSameStoryButNotADuplicate() {
        String article = words("lead", 30) + "\n" + words("body", 250);
        Article first = store(dedupe.classify(article("first", article + "\n" + words("caption", 40)).build()));
        Article rewrite = dedupe.classify(article("rewrite", words("newlead", 30) + "\n" + words("body", 250) + "\n"
                + words("analysis", 30)).build());
        assertThat(first.fingerprint().similarity(rewrite.fingerprint())).isBetween(0.5, 0.7);
        assertThat(first.fingerprint().containment(rewrite.fingerprint())).isBetween(0.75, 0.9);
        assertThat(rewrite.story()).isEqualTo(first.story());
        assertThat(rewrite.duplicateOf()).isNull();
    }

    @Test
    void shortReportsWrittenFromOneTemplateAreNotDuplicatesOfEachOther() {
        // automated briefs differ in a few numbers: their signatures agree on much by chance, and a short text
        // fills few of the signature's bins
        int duplicates = 0;
        for (int desk = 0; desk < 200; desk++) {
            for (int report = 1; report <= 2; report++) {
                String text = "Desk " + desk + " files report number " + report + " about harvests, markets and rainfall"
                        + " in the region of desk " + desk + ", with figures " + desk + report + " and " + report + desk + ".";
                Article a = store(dedupe.classify(article("d" + desk + "-" + report, text).build()));
                duplicates += a.duplicateOf() != null ? 1 : 0;
            }
        }
        assertThat(duplicates).isZero();
    }

    @Test
    void longReportsWrittenFromOneTemplateAreNotDuplicatesOfEachOther() {
        // daily reports of some 345 words from one template, a figure every 30 words or so: they pass the
        // opening rule (same opening, over 75 % contained) and differ in their figures
        int duplicates = 0;
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int day = 0; day < 200; day++) {
            StringBuilder text = new StringBuilder("Market report for day " + day + " of the year.\n");
            text.append("Shares on the main board closed at ").append(random.nextInt(9000))
                    .append(" points after a session in which traders weighed the outlook for interest rates, the price")
                    .append(" of oil and the latest figures on employment and retail sales across the region.");
            for (int k = 0; k < 10; k++) {
                text.append(" Sector ").append(k).append(" moved by ").append(random.nextInt(500))
                        .append(" basis points as investors followed the usual pattern of the week, watching the same")
                        .append(" screens and the same news as on any other ordinary day.");
            }
            Article a = store(dedupe.classify(article("report-" + day, text.toString()).build()));
            duplicates += a.duplicateOf() != null ? 1 : 0;
        }
        assertThat(duplicates).isZero();
    }

    @Test
    void unrelatedItemsStartStoriesOfTheirOwn() {
        Article first = store(dedupe.classify(article("a", words("w", 300)).build()));
        Article other = dedupe.classify(article("b", words("x", 300)).build());
        assertThat(other.story()).isNotEqualTo(first.story());
        assertThat(other.duplicateOf()).isNull();
    }

    @Test
    void aDuplicateOfADuplicatePointsToTheFirstItemOfTheSet() {
        String body = words("w", 300);
        Article first = store(dedupe.classify(article("a", body).build()));
        store(dedupe.classify(article("b", body + " extra").build()));
        Article third = dedupe.classify(article("c", body + " more extra").build());
        assertThat(third.duplicateOf()).isEqualTo(first.id());
    }

    @Test
    void anItemForgottenAfterAFailedTransactionNoLongerMatches() {
        String body = words("w", 300);
        Article first = store(dedupe.classify(article("a", body).build()));
        dedupe.forget(first.id());
        Article again = dedupe.classify(article("b", body + " extra").build());
        assertThat(again.duplicateOf()).isNull();
        assertThat(dedupe.windowSize()).isZero();
    }

    @Test
    void theWindowForgetsTheOldestItemsBeyondItsCapacity() {
        Deduplicator small = new Deduplicator(DedupeSettings.defaults(2));
        for (int i = 0; i < 3; i++) {
            Article a = small.classify(article("g" + i, words("s" + i, 100)).build());
            small.remember(a.toBuilder().id((long) i + 1).build());
        }
        assertThat(small.windowSize()).isEqualTo(2);
        Article again = small.classify(article("again", words("s0", 100)).build());
        assertThat(again.duplicateOf()).isNull();
    }

    /** An own-words report on Niger and US troops, naming {@code names}, ingested at {@code at}. */
    private static Article report(String guid, String at, String names, String seed) {
        String text = "In Niger the talks went on. " + names + " were named by officials. " + words(seed, 120)
                + ". Later " + names + " spoke again.";
        return article(guid, text)
                .tags(List.of(new Tag("niger", Tag.Kind.COUNTRY, "NER", "Niger", 1.0, List.of(new Evidence("Niger", 2, Evidence.Where.BODY))),
                        new Tag("us-troops", Tag.Kind.TOPIC, null, "US troops", 1.0, List.of(new Evidence("troops", 2, Evidence.Where.BODY)))))
                .ingested(Instant.parse(at)).build();
    }

    @Test
    void reportsOnOneSubjectNamingTheSamePeopleAndPlacesAreOneStoryThoughTheirTextsDiffer() {
        Article first = store(dedupe.classify(report("a", "2024-06-01T00:00:00Z", "Tiani, Niamey, Agadez and Ryder", "w")));
        Article second = dedupe.classify(report("b", "2024-06-02T00:00:00Z", "Ryder, Agadez, Niamey and Campbell", "x"));
        assertThat(second.story()).isEqualTo(first.story());
        assertThat(second.duplicateOf()).isNull();
    }

    @Test
    void reportsOnOneSubjectWithOtherNamesOrLongAfterAreStoriesOfTheirOwn() {
        Article first = store(dedupe.classify(report("a", "2024-06-01T00:00:00Z", "Tiani, Niamey, Agadez and Ryder", "w")));
        Article otherNames = dedupe.classify(report("b", "2024-06-02T00:00:00Z", "Diffa, Bosso, Zinder and Maradi", "x"));
        Article muchLater = dedupe.classify(report("c", "2024-07-01T00:00:00Z", "Tiani, Niamey, Agadez and Ryder", "y"));
        assertThat(otherNames.story()).isNotEqualTo(first.story());
        assertThat(muchLater.story()).isNotEqualTo(first.story());
    }

    @Test
    void theWordsThatMadeTheRegionTagAreNotKeyNames() {
        Article a = report("a", "2024-06-01T00:00:00Z", "Tiani and Niamey", "w");
        assertThat(KeyNames.of(a)).contains("tiani", "niamey").doesNotContain("niger", "in", "later");
    }

    @Test
    void tagsScoringNearTheTopAreAllMainAndATopicNearTheTopIsASubjectOfItsOwn() {
        Article a = article("a", "text").tags(List.of(tag("niger", Tag.Kind.COUNTRY, 0.97),
                tag("united-states", Tag.Kind.COUNTRY, 1.0), tag("russia", Tag.Kind.COUNTRY, 0.88),
                tag("us-troops", Tag.Kind.TOPIC, 1.0), tag("coups", Tag.Kind.TOPIC, 0.98))).build();
        assertThat(KeyNames.main(a, Tag.Kind.COUNTRY)).containsExactly("niger", "united-states");
        assertThat(StoryIndex.subjects(a)).containsExactly("niger+united-states/coups", "niger+united-states/us-troops");
    }

    @Test
    void aReportWhoseSecondTopicScoresNearItsFirstJoinsTheStoryOfEither() {
        Article first = store(dedupe.classify(report("a", "2024-06-01T00:00:00Z", "Tiani, Niamey, Agadez and Ryder", "w")));
        Article coupFirst = report("b", "2024-06-02T00:00:00Z", "Ryder, Agadez, Niamey and Campbell", "x");
        coupFirst = coupFirst.toBuilder().tags(List.of(coupFirst.tags().get(0), tag("coups", Tag.Kind.TOPIC, 1.0),
                tag("us-troops", Tag.Kind.TOPIC, 0.97))).build();
        assertThat(dedupe.classify(coupFirst).story()).isEqualTo(first.story());
    }

    private static Tag tag(String id, Tag.Kind kind, double score) {
        return new Tag(id, kind, null, id, score, List.of(new Evidence(id, 1, Evidence.Where.BODY)));
    }
}
