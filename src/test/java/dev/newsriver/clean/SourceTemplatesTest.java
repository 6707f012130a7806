package dev.newsriver.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceTemplatesTest {

    private final SourceTemplates templates = new SourceTemplates();

    @Test
    void aLineBecomesTemplateOnceTwoDocumentsOfTheSourceHaveItOutsideTheArticle() {
        templates.learn("site", Set.of("menu", "onlyonce"));
        assertTrue(templates.furniture("site").isEmpty());
        templates.learn("site", Set.of("menu", "other"));
        assertEquals(Set.of("menu"), templates.furniture("site"));
    }

    @Test
    void sourcesDoNotShareTheirTemplates() {
        templates.learn("a", Set.of("menu"));
        templates.learn("b", Set.of("menu"));
        assertTrue(templates.furniture("a").isEmpty());
        assertTrue(templates.furniture("b").isEmpty());
    }

    @Test
    void documentsOlderThanTheWindowAreForgotten() {
        templates.learn("site", Set.of("old"));
        templates.learn("site", Set.of("old"));
        for (int i = 0; i < SourceTemplates.WINDOW - 1; i++) {
            templates.learn("site", Set.of("new" + i));
        }
        assertTrue(templates.furniture("site").isEmpty(), () -> templates.furniture("site").toString());
    }
}
