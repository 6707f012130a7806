package dev.newsriver.tagging;

import static dev.newsriver.tagging.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsriver.article.Article;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that are also words, people or other places. */
class AmbiguityTest {
    private static Tagger tagger;

    @BeforeAll
    static void loadRules() {
        tagger = Tagger.load(ArticleFixtures.TAGS);
    }

    private static List<String> regions(String title, String body) {
        return tagger.tag(article(title, null, body)).regions();
    }

    @Test
    void usInCapitalsIsTheCountryAndLowerCaseUsIsThePronoun() {
        assertTrue(regions("US sends envoy", "The US said it would talk.").contains("united-states"));
        assertTrue(regions("U.S. sends envoy", "").contains("united-states"));
        assertFalse(regions("Let us talk", "Tell us what you think. Join us. Us and them.").contains("united-states"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chad | Chad Smith scores twice | Chad Smith, the striker, said Chad was happy.",
        "jordan | Michael Jordan returns | Jordan played. Jordan scored. Jordan won the game for Chicago.",
        "georgia | Georgia votes | Voters in Georgia and Atlanta went to the polls; Georgia counts ballots.",
        "turkey | Turkey prices rise | The Thanksgiving turkey costs more; a Turkey sandwich is dearer.",
        "guinea | Guinea pigs at the fair | The guinea pig show. Papua New Guinea and Guinea-Bissau sent none."})
    void aBareAmbiguousNameIsNotEnough(String country, String title, String body) {
        assertFalse(regions(title, body).contains(country), () -> regions(title, body).toString());
    }

    @Test
    void anAmbiguousNameAloneIsNotPublishedHoweverOftenAndWhereverItStands() {
        Article storm = article("Tornado tears through Georgia", "Storms swept across Georgia overnight.",
                "Georgia officials counted the damage.\nGeorgia Power restored lines.\nIn Georgia schools closed.",
                "Georgia", "Weather");
        assertFalse(tagger.tag(storm).regions().contains("georgia"), () -> tagger.tag(storm).regions().toString());
        double score = tagger.candidates(storm).stream().filter(t -> t.id().equals("georgia"))
                .mapToDouble(dev.newsriver.article.Tag::score).findFirst().orElse(0);
        assertEquals(0.59, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chad | Chad closes border | Chadian troops deployed near N'Djamena as Chad closed the border.",
        "jordan | Jordan hosts talks | King Abdullah met envoys in Amman; Jordanian officials said Jordan would mediate.",
        "georgia | Georgia protests | Protesters filled Tbilisi as Georgian police faced them; Georgia's parliament met.",
        "turkey | Turkey raises rates | Turkish central bank in Ankara raised rates; Turkey's lira fell.",
        "guinea | Guinea junta | Guinean soldiers in Conakry; Guinea's junta leader spoke."})
    void anAmbiguousNameWithADemonymOrCapitalIsTheCountry(String country, String title, String body) {
        assertTrue(regions(title, body).contains(country), () -> regions(title, body).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "peru | Peru parts plant to cut 140 jobs | PERU, Ind. — A maker of car parts will lay off workers in Peru. "
            + "The plant in Peru opened in 1970.",
        "lebanon | Lebanon council backs parking fees | Lebanon, Ohio, council members voted on Tuesday. "
            + "Downtown Lebanon shops welcomed the fees.",
        "greece | Athens police chief retires | ATHENS, Ga. — The Athens police chief said on Monday he would retire.",
        "mexico | Mexico man wins lottery | MEXICO, Mo. (AP) — A Mexico man won the state lottery."})
    void aPlaceNamedAsATownOfAStateIsThatTownThroughoutTheItem(String country, String title, String body) {
        List<String> r = regions(title, body);
        assertFalse(r.contains(country), r::toString);
        // the town counts for its country, as a city does
        assertTrue(tagger.candidates(article(title, null, body)).stream()
                .anyMatch(t -> t.id().equals("united-states")), r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mexico | Mexico and border states meet | Officials from Mexico, California and Arizona met on Monday. "
            + "Mexico said it would send more officers.",
        "russia | Russia sends envoy to Vienna | Russia, Georgia and Ukraine sent envoys. Russia said talks would "
            + "go on.",
        "mexico | Mexico sends trade delegation | Mexico, Ind is a town. Mexico sent a delegation to Mexico City.",
        "mexico | Mexico honours singer | The Mexican, Texas-born singer was honoured in Mexico City by Mexico."})
    void aStateThatGoesOnIntoAListOrLacksItsDotDoesNotMakeATown(String country, String title, String body) {
        assertTrue(regions(title, body).contains(country), () -> regions(title, body).toString());
        List<String> towns = tagger.candidates(article(title, null, body)).stream()
                .flatMap(t -> t.evidence().stream()).map(dev.newsriver.article.Evidence::text)
                .filter(text -> text.contains(",")).toList();
        assertEquals(List.of(), towns, "no mention is read as a town of a state");
    }

    @Test
    void aRegionOnlyTheSourcesCategoriesNameIsTheDeskWhenTheItemsCountriesLieElsewhere() {
        String body = "Protesters filled Tbilisi as Georgian police faced them; Georgia's parliament met.";
        List<String> georgia = tagger.tag(article("Georgia protests", null, body, "Europe", "Caucasus")).regions();
        assertTrue(georgia.containsAll(List.of("georgia", "caucasus")), georgia::toString);
        assertFalse(georgia.contains("europe"), georgia::toString);
        // a country in the region keeps it, and with no country the category is all there is to go by
        List<String> france = tagger.tag(article("France strikes", null,
                "Unions in France walked out; Paris was quiet.", "Europe")).regions();
        assertTrue(france.contains("europe"), france::toString);
        List<String> none = tagger.tag(article("Storms close roads", null, "Roads were closed across the region.",
                "Europe")).regions();
        assertTrue(none.contains("europe"), none::toString);
    }

    @Test
    void aNameSharedByTwoCountriesGoesToTheOneTheItemOtherwiseNamesMost() {
        String body = "Congo said talks would resume.\nFighting went on near Goma and in Kinshasa the government met."
                + "\nCongo's army held the line.\nA delegation from Brazzaville attended.";
        List<String> r = regions("Congo talks resume as fighting goes on near Goma", body);
        assertTrue(r.contains("dr-congo"), r::toString);
        assertFalse(r.contains("republic-of-the-congo"), r::toString);
        // with nothing else to go by, the shared name counts for both
        List<String> bare = regions("Congo votes", "Congo voted on Sunday. Congo counts the ballots.");
        assertTrue(bare.containsAll(List.of("dr-congo", "republic-of-the-congo")), bare::toString);
    }

    @Test
    void longerNamesWin() {
        List<String> r = regions("Guinea-Bissau and Equatorial Guinea sign deal", "Papua New Guinea watched.");
        assertTrue(r.containsAll(List.of("guinea-bissau", "equatorial-guinea")), r::toString);
        assertFalse(r.contains("guinea"), r::toString);
    }

    @Test
    void aNewspaperNamedAfterAPlaceIsNotThePlace() {
        List<String> r = regions("Peanut study questioned", "The New York Times and the Japan Times reported the study."
                + " The Sydney Morning Herald followed. Critics wrote to the Times of India.");
        assertFalse(r.contains("united-states") || r.contains("japan") || r.contains("australia") || r.contains("india"),
                r::toString);
        // the city itself still counts
        assertTrue(tagger.candidates(article("Storm hits New York", null, "New York braced for the storm.")).stream()
                .anyMatch(t -> t.id().equals("united-states")
                        && t.evidence().stream().anyMatch(e -> e.text().equals("New York"))));
        assertFalse(tagger.candidates(article("Study questioned", null, "The New York Times reported it.")).stream()
                .anyMatch(t -> t.id().equals("united-states")));
    }

    @Test
    void aDemonymThatStartsAnOrganisationsNameWeighsLessThanOneThatDescribes() {
        String body = "Researchers presented the findings on Monday. The study was long.";
        double organisation = score("Peanut study", "The American Academy of Allergy, Asthma and Immunology met. " + body,
                "united-states");
        double sign = score("Neon signs", "A sign at the American Sign Museum glows. " + body, "united-states");
        double people = score("Peanut study", "American researchers met in Houston. " + body, "united-states");
        assertTrue(organisation > 0 && organisation < people, organisation + " vs " + people);
        assertEquals(organisation, sign);
        // a title or the state's own body is not an organisation's name
        assertEquals(score("Talks", "Israeli Prime Minister Benjamin Netanyahu spoke. " + body, "israel"),
                score("Talks", "Israeli leaders and Benjamin Netanyahu spoke. " + body, "israel"));
    }

    private static double score(String title, String body, String id) {
        return tagger.candidates(article(title, null, body)).stream().filter(t -> t.id().equals(id))
                .mapToDouble(dev.newsriver.article.Tag::score).findFirst().orElse(0);
    }

    @Test
    void aCityNamedOnlyInTheBodyDoesNotStandForItsCountry() {
        String body = "Water mains burst across New York.\nNew York crews worked overnight.\n"
                + "In New York the frost reaches deep.\nNew York plans new pipes.";
        assertFalse(regions("Winter under the streets", body).contains("united-states"),
                () -> regions("Winter under the streets", body).toString());
        // the same mentions with the country named once, or with the city in the title, count in full
        assertTrue(regions("Winter under the streets", body + "\nThe United States has old pipes.")
                .contains("united-states"));
        assertTrue(regions("Winter under New York", body).contains("united-states"));
        double alone = score("Winter under the streets", body, "united-states");
        double withName = score("Winter under the streets", body + "\nThe United States has old pipes.", "united-states");
        assertTrue(alone > 0 && alone < withName, () -> alone + " vs " + withName);
    }

    @Test
    void theNigerDeltaIsInNigeriaNotNiger() {
        List<String> r = regions("Oil spill in Nigeria's Niger Delta", "Communities of the Niger Delta in Nigeria protest. Nigeria's government replied.");
        assertFalse(r.contains("niger"), r::toString);
        assertTrue(r.contains("nigeria"), r::toString);
    }

    @Test
    void nigeriaWithItsOwnNameIsKeptBesideNiger() {
        Article a = tagger.tag(article("Niger and Nigeria reopen border", null,
                "Niger and Nigeria agreed. Nigerian and Nigerien officials met in Abuja and Niamey."));
        assertTrue(a.regions().containsAll(List.of("niger", "nigeria")), a.regions()::toString);
    }

    @Test
    void onePassingMentionInALongBodyIsNotPublished() {
        String body = "The council met to discuss the budget. ".repeat(100) + "A delegate had visited Peru.";
        Article a = tagger.tag(article("Council budget", null, body));
        assertFalse(a.regions().contains("peru"));
        assertTrue(tagger.candidates(a).stream().anyMatch(t -> t.id().equals("peru") && t.score() < 0.4));
        assertEquals(List.of(), a.regions());
    }
}
