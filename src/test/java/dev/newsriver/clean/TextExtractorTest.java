package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private static final String P1 = "The council met on Monday and agreed to a new budget for the coming year, officials said.";
    private static final String P2 = "Opposition members walked out of the session before the vote, calling the plan unfair.";
    private static final String P3 = "The budget now goes to the governor, who is expected to sign it within a week.";

    private final TextExtractor extractor = new TextExtractor();

    private Extraction extract(String dump) {
        return extractor.extract(dump, Set.of());
    }

    @Test
    void tickerLinesAfterABreakingHeaderAreNotTheArticle() {
        String dump = "BREAKING\nMinister: we will respond to every attack with force, as we have done before.\n"
                + "Spokesman: talks will resume next week in the capital, sources confirmed.\n\nCity budget passes\n\n"
                + P1 + "\n\n" + P2;
        Extraction e = extract(dump);
        assertEquals("City budget passes", e.title());
        assertEquals(List.of(P1, P2), e.paragraphs());
    }

    @Test
    void aPageThatIsOneListKeepsTheItemsThatReadAsTextAndAMenuIsNoArticle() {
        String dump = " 1. AI has not changed much in security so far. Deep fake phishing is still\n"
                + "    rare, experts say\n 2. Short link\n 3. Patching old systems matters more than any new tool for most teams\n";
        assertEquals(List.of("AI has not changed much in security so far. Deep fake phishing is still rare, experts say",
                "Patching old systems matters more than any new tool for most teams"), extract(dump).paragraphs());
        assertNull(extract("  • Home\n  • News\n  • Sport and leisure\n"));
    }

    @Test
    void headlinesUnderARelatedHeaderAreDroppedUntilProseResumes() {
        String dump = "Title here\n\n" + P1 + "\n\nRelated News\n\nMayor opens new bridge: Herald\n\n"
                + "Storm closes schools across the region\n\n" + P2 + "\n\n" + P3;
        assertEquals(List.of(P1, P2, P3), extract(dump).paragraphs());
    }

    @Test
    void subHeadingsBetweenParagraphsAreKept() {
        String dump = "Title here\n\n" + P1 + "\n\nWhat comes next\n\n" + P2;
        assertEquals(List.of(P1, "What comes next", P2), extract(dump).paragraphs());
    }

    @Test
    void readAlsoDropsItsHeadlineAndSeeAlsoLinesGo() {
        String dump = "Title here\n\n" + P1 + "\n\nSee also  Mayor opens new bridge Storm closes schools\n\n"
                + "Read also\nThe mayor wants a second bridge over the river – with help\n\n" + P2;
        assertEquals(List.of(P1, P2), extract(dump).paragraphs());
    }

    @Test
    void bylineDateAndReadingTimeUnderTheTitleAreMetadataNotBody() {
        String dump = "Menu\n\nCity budget passes\n\n  • By Jane Roe\n  • 24 Apr 2024 00:29\n  • 3 Shares\n3 Min Read\n\n"
                + P1 + "\n\n" + P2;
        Extraction e = extract(dump);
        assertEquals("City budget passes", e.title());
        assertEquals("Jane Roe", e.byline());
        assertEquals(Instant.parse("2024-04-24T00:29:00Z"), e.published());
        assertEquals(List.of(P1, P2), e.paragraphs());
    }

    @Test
    void aDateInsideTheBodyIsNotThePublicationDate() {
        assertNull(extract("City budget passes\n" + P1 + "\nThe vote was held on March 26, 2024 at noon in the hall.\n"
                + P2).published());
    }

    @Test
    void aCaptionGivenTwiceAndCreditedIsDropped() {
        String dump = "Title here\n\n" + P1 + "\n\n  • x\n  • Council members vote in the hall on Monday, April 3, 2024 (AP)\n"
                + "    Council members vote in the hall on Monday, April 3, 2024 (AP)\n\n" + P2;
        assertEquals(List.of(P1, P2), extract(dump).paragraphs());
    }

    @Test
    void shortBulletsAfterTheBodyBecomeCategoriesAndMostReadEndsTheArticle() {
        String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\n  • Budget\n  • City Hall\n\nMost Read\n\n"
                + "A very long and interesting story about something else entirely happened in the city today.\n";
        Extraction e = extract(dump);
        assertEquals(List.of("Budget", "City Hall"), e.categories());
        assertEquals(List.of(P1, P2), e.paragraphs());
    }

    @Test
    void aNewsletterSignUpEndsTheArticle() {
        for (String header : List.of("Get our newsletter", "Recevoir la newsletter", "Newsletter")) {
            String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\n" + header + "\n\nThe day's news in your inbox every "
                    + "morning, from our editors, before you have had your first coffee of the day.\n\n[          ] [Sign up]\n";
            assertEquals(List.of(P1, P2), extract(dump).paragraphs(), header);
        }
    }

    @Test
    void shareButtonsRelatedCategoriesAndFormControlsAreFurnitureNotCode() {
        String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\nShare this:\n\n"
                + "  • Click to share on Twitter (Opens in new window)\n  • Click to share on Reddit (Opens in new window)\n"
                + "  • Click to share on Pocket (Opens in new window)\n\nLike this:\n\nIn \"News\"\n\n"
                + "[ ] I am okay with the site handling my info as its Privacy Policy says\n(*)HTML ( )Text\n\n"
                + "The survey summarized responses from many thousands of developers last year.\n";
        assertEquals(List.of(P1, P2), extract(dump).paragraphs());
    }

    @Test
    void aLongListOfStatementsIsTheArticleButAMenuIsNot() {
        StringBuilder changes = new StringBuilder("Version 1.8 - The Bountiful Update\n\n");
        StringBuilder menu = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            changes.append("+ Added block number ").append(i).append(" with smooth and polished versions\n");
            menu.append("  • Section ").append(i).append('\n');
        }
        Extraction e = extract("Home\n\n" + menu + "\n" + changes + "\nPowered by a blog host\n");
        assertEquals(16, e.paragraphs().size());
        assertEquals("Added block number 1 with smooth and polished versions", e.paragraphs().get(0));
        assertEquals("Version 1.8 - The Bountiful Update", e.title());
    }

    @Test
    void rankingsRelatedNewsAndCommentsInChineseJapaneseAndKoreanEndTheArticle() {
        String ja = "トレンドマイクロは3月9日、通信を暗号化し保護するスマホ向けのセキュリティアプリの発売を開始すると発表した。";
        String zh = "全国两会期间，在海外学习的中国留学生通过网络和新闻关注着国内的发展变化，出国前后他们关注的重点有所不同。";
        for (String header : List.of("アクセスランキング（IT総合）", "本文はここまでですこのページの先頭へ", "相关新闻", "热门推荐",
                "精彩视频推荐", "我要评论(0)", "コメント", "많이 본 뉴스")) {
            String dump = "見出し\n\n" + ja + "\n\n" + zh + "\n\n" + header + "\n\n"
                    + "1 稚内のスーパーが240個のはずのケーキを2400個誤発注して二時間で完売したと話題になった\n";
            assertEquals(List.of(ja, zh), extract(dump).paragraphs(), header);
        }
    }

    @Test
    void aRiverOfTeasersEndsTheArticleThoughItsSummariesReadAsProse() {
        String summary = "The mayor said on Monday that the new bridge would open to traffic next spring after two years "
                + "of delays, and that the city would cover the extra cost from its reserves without raising taxes.";
        StringBuilder river = new StringBuilder();
        for (String headline : List.of("Mayor opens the long awaited river bridge", "Storm closes schools across the region",
                "Local team wins the national cup final")) {
            river.append(headline).append("\n\n").append(headline).append("\n\n").append(summary).append("\n\n");
        }
        String long1 = P1 + " " + P2 + " " + P3;
        String long2 = P3 + " " + P1 + " " + P2;
        String dump = "Title here\n\n" + long1 + "\n\n" + long2 + "\n\n" + long1 + "\n\n" + river;
        assertEquals(List.of(long1, long2, long1), extract(dump).paragraphs());
    }

    @Test
    void aSeriesOfFigureCaptionsPrintedTwiceIsNoRiver() {
        StringBuilder figures = new StringBuilder();
        for (String code : List.of("400", "500", "404")) {
            String caption = "Anomaly in status code " + code;
            figures.append(caption).append('\n').append(caption).append("\n\n").append(P3).append("\n\n");
        }
        Extraction e = extract("Title here\n\n" + P1 + "\n\n" + figures + P2 + "\n");
        assertEquals(P1, e.paragraphs().get(0));
        assertEquals(P2, e.paragraphs().get(e.paragraphs().size() - 1));
    }

    @Test
    void aReviewBelowItsNumberedTitleIsNoCaption() {
        String review = "The unusual documentary Faces Places turns on the friendship between the street artist JR and "
                + "the film director Agnès Varda, who set out together to make portraits of the people they met.";
        String dump = "Title here\n\n" + P1 + "\n\n20) Faces Places\n\n" + review + "\n\n" + P2 + "\n";
        assertEquals(List.of(P1, review, P2), extract(dump).paragraphs());
    }

    @Test
    void aLiveTickerBelowTheArticleIsNotPartOfIt() {
        String quake = "A magnitude 6.8 earthquake struck Papua New Guinea on Thursday, the geological survey said, with "
                + "its epicentre under the island of New Britain, south of the town of Rabaul, which a volcano destroyed "
                + "in 1994. There were no immediate reports of damage or casualties, and no tsunami warning was issued.";
        String article = P1 + " " + P2 + " " + P3;
        String dump = "Title here\n\n" + article + "\n\n" + article + "\n\nLive\n\n  • 14:44 Soldiers accused, some identified\n"
                + "  • 14:32 Artist arrested for dyeing a geyser pink\n  • 14:10\n    Earthquake.\n\n" + quake + "\n\n"
                + "  • 13:54 Killing a Basque is now banned in Iceland\n\n" + quake + "\n";
        assertEquals(List.of(article, article), extract(dump).paragraphs());
    }

    @Test
    void consoleOutputRepeatedAFewLinesApartIsNoRiver() {
        String repeated = "$ hg clone public test-repo\nupdating to branch default\n"
                + "0 files updated, 0 files merged, 0 files removed, 0 files unresolved\n";
        String first = P1 + " " + P2 + " " + P3;
        String last = P3 + " " + P2 + " " + P1;
        String dump = "Title here\n\n" + first + "\n\n" + repeated + repeated + "\nEvolve: Shared Mutable History\n"
                + "Evolve: Shared Mutable History\n\n" + last + "\n";
        List<String> kept = extract(dump).paragraphs();
        assertEquals(first, kept.get(0));
        assertEquals(last, kept.get(kept.size() - 1));
    }

    @Test
    void aTitleRepeatedAboveTheBodyIsNotKeptTwice() {
        String dump = "City budget passes\n\nCity budget passes\n\n" + P1 + "\n\n" + P2;
        Extraction e = extract(dump);
        assertEquals("City budget passes", e.title());
        assertFalse(e.text().contains("City budget passes"));
    }

    @Test
    void learnedTemplateLinesAreDroppedButProseNeverIs() {
        String dump = "Title here\n\n" + P1 + "\n\nShare on Mastodon now\n\n" + P2;
        Set<String> template = Set.of(Prose.key("Share on Mastodon now"), Prose.key(P2));
        Extraction e = extractor.extract(dump, template);
        assertEquals(List.of(P1, P2), e.paragraphs());
        assertTrue(extract(dump).paragraphs().contains("Share on Mastodon now"));
    }

    @Test
    void aDumpWithoutProseHasNoArticle() {
        assertNull(extract("  • Home\n  • News\n  • Sports\nMenu\n"));
    }
    /** Readers' comments: as long and as well written as the article, and more of them. */
    private static final String COMMENTS = "Jane Reader · March 10, 2017 at 12:20 AM\n"
            + "I think the council should have waited for the audit before voting on a budget of this size, frankly.\n"
            + "Reply\n\nJohn Reader · March 10, 2017 at 1:26 AM\n"
            + "The opposition walked out because they were not given the figures in time, which is the real scandal here.\n"
            + "Reply\n\nAnna Reader · March 11, 2017 at 9:02 AM\n"
            + "Every year the same story: a budget passed in a hurry, and the governor signs whatever lands on the desk.\n"
            + "Reply\n";

    @Test
    void aCommentsHeaderBelowTheArticleEndsItHoweverMuchTheReadersWrote() {
        String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n"
                + "Share this:\n\nTagged budget, council\n\nThere are 3 comments\n\n" + COMMENTS + COMMENTS;
        assertEquals(List.of(P1, P2, P3), extract(dump).paragraphs());
    }

    @Test
    void aCommentCountUnderTheBylineIsNotTheEndOfTheArticle() {
        String dump = "Title here\n\nBy Jane Roe\n12 Comments\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";
        assertEquals(List.of(P1, P2, P3), extract(dump).paragraphs());
    }

    @Test
    void aCookieNoticeIsNotTheArticle() {
        String dump = "We use cookies and similar technologies to improve your browsing experience, personalize content and "
                + "offers, show targeted ads and analyze traffic. By clicking Accept you consent to these activities.\n\n"
                + "Accept\n\nTitle here\n\n" + P1 + "\n\n" + P2 + "\n";
        Extraction e = extract(dump);
        assertEquals(List.of(P1, P2), e.paragraphs());
        assertEquals("Title here", e.title());
    }
    @Test
    void aLinkToShowTheCommentsEndsTheArticleToo() {
        for (String header : List.of("View comments (27)", "Show Comments", "Discussion Policy")) {
            String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + header + "\n\n" + COMMENTS + COMMENTS;
            assertEquals(List.of(P1, P2, P3), extract(dump).paragraphs(), header);
        }
    }

    @Test
    void aCaptionEndingInItsCreditIsDropped() {
        String dump = "Title here\n\n" + P1 + "\n\nA man walks past a tank parked on a Harare street on Thursday Credit: STR/ AFP\n\n"
                + "Council members in the hall before the vote | Foto: Reuters\n\n" + P2;
        assertEquals(List.of(P1, P2), extract(dump).paragraphs());
    }

    @Test
    void aProgramListingInsideTheArticleDoesNotCutItShort() {
        String listing = "// cow.js\n(function(exports) {\n  \"use strict\";\n\n  function Cow(name) {\n"
                + "    this.name = name || \"Anon cow\";\n  }\n  exports.Cow = Cow;\n})(this);\n";
        String dump = "Title here\n\n" + P1 + "\n\n" + listing + "\n" + P2 + "\n\n" + P3 + "\n";
        List<String> paragraphs = extract(dump).paragraphs();
        assertEquals(P1, paragraphs.get(0));
        assertEquals(P3, paragraphs.get(paragraphs.size() - 1));
        assertTrue(paragraphs.contains("function Cow(name) {"), paragraphs.toString());
    }
    @Test
    void theCaptionedSlidesOfAPhotoGalleryAreNotTheArticle() {
        StringBuilder gallery = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            gallery.append("  • ").append(i).append("/4 Slide number ").append(i).append(" of the week\n\n")
                    .append("    A long caption that reads like prose, about the picture of the week number ").append(i)
                    .append(" and what it shows.\n\n    Getty\n\n");
        }
        String dump = "Title here\n\n" + P1 + "\n\n" + P2 + "\n\n" + gallery + P3 + "\n";
        assertEquals(List.of(P1, P2, P3), extract(dump).paragraphs());
    }
}
