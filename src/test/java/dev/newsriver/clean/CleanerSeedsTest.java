package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsriver.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed dumps against their golden expectations in {@code clean/seeds/<case>.expected.json}. */
class CleanerSeedsTest {

    private static final List<String> CASES = SeedFixtures.CASES;
    private final Cleaner cleaner = new Cleaner();

    @ParameterizedTest
    @FieldSource("CASES")
    void seedKeepsItsTitleDateBylineAndCategories(String id) {
        SeedCheck.metadata(id, cleaner.clean(SeedFixtures.raw(id)));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void seedBodyRunsFromFirstToLastSentenceWithoutFurniture(String id) {
        SeedCheck.body(id, cleaner.clean(SeedFixtures.raw(id)));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void seedSummaryIsTheLeadAndHtmlHasOneParagraphPerLine(String id) {
        Article article = cleaner.clean(SeedFixtures.raw(id));
        assertEquals(article.text().split("\n")[0], article.summary());
        assertEquals(article.text().split("\n").length, article.html().split("<p>").length - 1);
    }

    static Stream<List<String>> orders() {
        return Stream.of(CASES, List.of("004", "003", "002", "001", "000"), List.of("002", "000", "004", "001", "003"),
                List.of("000", "002", "000", "002", "001", "001", "003", "004"));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void seedsCleanTheSameWhateverTheOrderWhileTheTemplateIsLearned(List<String> order) {
        Cleaner learning = new Cleaner();
        for (String id : order) {
            Article article = learning.clean(SeedFixtures.raw(id));
            SeedCheck.metadata(id, article);
            SeedCheck.body(id, article);
        }
    }

    @Test
    void articleParagraphsSharedByTwoDocumentsOfOneSourceAreNeverLearnedAsTemplate() {
        Cleaner learning = new Cleaner();
        List<String> first = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            learning.clean(SeedFixtures.raw("000"));
            first.add(learning.clean(SeedFixtures.raw("002")).text());
        }
        assertEquals(cleaner.clean(SeedFixtures.raw("002")).text(), first.get(2));
        assertEquals(first.get(0), first.get(2));
    }

    @Test
    void oneCleanerServesSeveralThreadsAtOnce() throws Exception {
        Cleaner shared = new Cleaner();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Article>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String id : CASES) {
                    results.add(pool.submit(() -> shared.clean(SeedFixtures.raw(id))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                String id = CASES.get(i % CASES.size());
                Article article = results.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
                SeedCheck.metadata(id, article);
                SeedCheck.body(id, article);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
