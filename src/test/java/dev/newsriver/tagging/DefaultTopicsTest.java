package dev.newsriver.tagging;

import static dev.newsriver.tagging.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default topic rules of feeds/tags.yml: words news uses for a topic, and look-alikes that are not it. */
class DefaultTopicsTest {
    private static Tagger tagger;

    @BeforeAll
    static void loadRules() {
        tagger = Tagger.load(ArticleFixtures.TAGS);
    }

    private static List<String> topics(String title, String body) {
        return tagger.tag(article(title, null, body)).topics();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "protests | French rail strike disrupts holiday getaway | Unions said workers would stay on strike.",
        "protests | Nigerian unions call nationwide strike | Workers will down tools from Wednesday.",
        "ceasefire | Armenia and Azerbaijan sign peace treaty | The treaty ends decades of conflict.",
        "ceasefire | Congo and rebels agree peace framework in Doha | Talks on a lasting deal follow.",
        "humanitarian | UNICEF warns of food shortages in besieged city | Relief agencies cannot reach it.",
        "humanitarian | Typhoon leaves 300,000 in evacuation centres | Evacuees wait for relief goods.",
        "trade | Vietnam becomes Cambodia's largest trading partner | Exports doubled in a year.",
        "elections | Senate primaries test the party's grip | Both primaries were close.",
        "health | Patients wait longer for surgery | Patients waited 18 weeks on average.",
        "terrorism | Rebels seize town in the east | The rebel group took the town after clashes with paramilitary units.",
        "nuclear | North Korea fires nuclear-capable missile | The ICBM flew for 70 minutes."})
    void newsWordsForATopicFindIt(String topic, String title, String body) {
        assertTrue(topics(title, body).contains(topic), () -> topics(title, body).toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ceasefire | US and China extend tariff truce | The trade truce holds for another 90 days.",
        "protests | Air strike hits depot | The strike destroyed fuel stores.",
        "us-troops | Families forced to flee fighting in Congo | Washington said thousands were forced from their homes.",
        "us-troops | Houston-based US firm opens an office in Lagos | The US-based company will hire 40 staff in Nigeria.",
        "trade | Oil climbs in early trading | Brent crude was trading at $78 a barrel in London.",
        "trade | Chipmaker becomes publicly traded | The publicly traded firm listed its shares in Taipei.",
        "elections | Oakfield Primary Newsletter — Autumn Term | Year 5 will visit the museum on Thursday.",
        "health | A patient, quiet novel of a Welsh village | The author takes a patient, unhurried approach."})
    void lookAlikesDoNotMakeTheTopic(String topic, String title, String body) {
        assertFalse(topics(title, body).contains(topic), () -> topics(title, body).toString());
    }
}
