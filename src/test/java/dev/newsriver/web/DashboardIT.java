package dev.newsriver.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsriver.testing.HostileFeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The dashboard in a real browser (headless Chromium through the system chromedriver) against the
 * whole application on a random port. The application reads two folder sources: the project's seeds and
 * an empty inbox the tests drop pages into. Skipped when chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final List<String> SEED_TITLES = List.of(
            "Niger determined to expel US forces, diplomat says - Exclusive",
            "On Niger's orders, US initiates withdrawal, albeit 'slow'",
            "US orders all combat troops to withdraw from Niger",
            "The United States agrees to withdraw its forces from Niger",
            "The military junta in Niger ends cooperation with the United States and soldiers are forced to leave");
    /** The title of xss-title.html once its markup is dropped at ingestion. */
    static final String XSS_TITLE = "Road repairs in Burkina Faso";
    static final String CHAD_TITLE = "Floods cut the road from N'Djamena to Abéché as the Chari rises";
    static final String MALI_TITLE = "Mali reopens the Sadiola gold mine after a six-month dispute";
    private static final Path HOME = Workspace.create();
    private static Browser browser;

    @LocalServerPort
    int port;
    private DashboardPage page;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsriver.data-dir", () -> HOME.resolve("data").toString());
        registry.add("newsriver.sources-file", () -> HOME.resolve("sources.yml").toString());
    }

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver)");
        browser = Browser.start(1600, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        FileSystemUtils.deleteRecursively(HOME.toFile());
    }

    @BeforeEach
    void openTheDashboard() {
        browser.resize(1600, 1000);
        page = new DashboardPage(browser, "http://127.0.0.1:" + port).open("/");
        page.waitForTitles(SEED_TITLES);
    }

    @AfterEach
    void noConsoleErrorsAndAScreenshot(TestInfo test) {
        browser.screenshot(Path.of("target", "dashboard", test.getTestMethod().orElseThrow().getName() + ".png"));
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void thePageListsTheSeedsAndGoesLive() {
        assertThat(page.titles()).containsAll(SEED_TITLES);
        page.waitFor("the connection badge to say live", d -> page.connection().equals("live"));
        page.waitFor("the region facets", d -> !d.findElements(By.cssSelector("#facet-regions button.facet")).isEmpty());
        browser.screenshot(Path.of("target", "dashboard.png"));
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderAppearsWithoutAReload() {
        browser.script("window.notReloaded = true");
        Workspace.drop(HOME, "chad-floods.html");
        WebElement item = page.waitForItem(CHAD_TITLE);
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        assertThat(page.titles().indexOf(CHAD_TITLE)).isLessThan(page.titles().indexOf(SEED_TITLES.get(0)));
        assertThat(item.findElements(By.cssSelector(".chip-region"))).extracting(WebElement::getText).contains("Chad");
        assertThat(page.ids()).doesNotHaveDuplicates();
    }

    @Test
    void aFacetClickFiltersTheListTheStreamAndTheAddress() {
        Workspace.drop(HOME, "mali-gold.html");
        page.waitForItem(MALI_TITLE);
        page.clickFacet("region", "niger");
        page.waitFor("the address to keep the filter", d -> d.getCurrentUrl().contains("region=niger"));
        page.waitFor("the Mali item to leave the river", d -> !page.titles().contains(MALI_TITLE));
        page.waitForTitles(SEED_TITLES);
        assertThat(browser.driver().findElements(By.cssSelector("#river > li")))
                .allSatisfy(li -> assertThat(li.getDomAttribute("data-regions").split(" ")).contains("niger"));
        page.waitFor("the region's button to show it is pressed", d -> pressed("region", "niger"));
        // a stream shows in the browser's resource timing once it has ended: release the filter first
        page.clickFacet("region", "niger");
        page.waitFor("the address to drop the filter", d -> !d.getCurrentUrl().contains("region=niger"));
        page.waitFor("the filtered stream to be listed", d -> streamsRequested().stream()
                .anyMatch(url -> url.contains("/stream?region=niger")));

        page.open("/?region=niger");
        page.waitForTitles(SEED_TITLES);
        assertThat(page.titles()).doesNotContain(MALI_TITLE);
    }

    @Test
    void aFacetCanBeChosenWithTheKeyboard() {
        WebElement facet = page.facet("topic", "us-troops");
        browser.script("arguments[0].focus()", facet);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        page.waitFor("the address to keep the topic", d -> d.getCurrentUrl().contains("topic=us-troops"));
        page.waitFor("the topic's button to show it is pressed", d -> pressed("topic", "us-troops"));
    }

    /** Whether a facet button is pressed; the list is redrawn as counts change, so a stale button reads as not yet. */
    private boolean pressed(String kind, String id) {
        try {
            return "true".equals(page.facet(kind, id).getDomAttribute("aria-pressed"));
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    @Test
    void theItemViewMarksTheEvidenceOfEachTagInTheText() {
        WebElement view = page.openItem(SEED_TITLES.get(2));
        List<WebElement> marks = view.findElements(By.cssSelector("#item-text mark.evidence"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).anySatisfy(m -> {
            assertThat(m.getText()).isEqualToIgnoringCase("Niger");
            assertThat(m.getDomAttribute("data-tags").split(" ")).contains("niger");
        });
        assertThat(view.findElements(By.cssSelector("#item-tags button"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Niger"));
        assertThat(page.currentUrl()).contains("item=");
        view.findElement(By.id("item-close")).click();
        page.waitFor("the item view to close", d -> !d.findElement(By.id("item-view")).isDisplayed());
    }

    @Test
    void markupInATitleIsDroppedAndNeverRuns() {
        Workspace.drop(HOME, "xss-title.html");
        WebElement item = page.waitForItem(XSS_TITLE);
        assertThat(item.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#river img"))).isEmpty();
        WebElement view = page.openItem(XSS_TITLE);
        assertThat(view.findElement(By.id("item-title")).getText()).isEqualTo(XSS_TITLE);
        assertThat(view.findElements(By.tagName("img"))).isEmpty();
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("the title ran a script");
        } catch (NoAlertPresentException expected) {
            // the title stayed text
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: its forty-odd reports push the seeds off the river's first page
    void hostileMarkupInEveryFieldNeitherRunsNorEntersTheDom() throws IOException {
        List<String> vectors = HostileFeeds.vectors();
        Path inbox = HOME.resolve("inbox");
        Path hidden = inbox.resolve(".xss-vectors.xml");
        Files.writeString(hidden, HostileFeeds.rss(vectors, "Hostile desk"));
        Files.move(hidden, inbox.resolve("xss-vectors.xml"), StandardCopyOption.ATOMIC_MOVE);
        // titles leave as text: "Report 0 " plus whatever of the vector was words
        page.waitFor("the hostile reports", d -> d.findElements(By.cssSelector("#river .item-title")).stream()
                .filter(e -> e.getText().startsWith("Report ")).count() >= 10 ? Boolean.TRUE : null);
        for (String title : List.of(titleOf(0), titleOf(9), titleOf(20))) {
            page.openItem(title);
            browser.script("document.getElementById('item-view').close && document.getElementById('item-view').close()");
        }
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) browser.script("""
                const bad = [];
                if (window.__xss) bad.push('a vector ran');
                for (const root of [document.getElementById('river'), document.getElementById('item-view')]) {
                  for (const e of root.querySelectorAll('*')) {
                    const tag = e.tagName.toLowerCase();
                    if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'base', 'meta', 'link', 'svg', 'math']
                        .includes(tag)) bad.push('<' + tag + '>');
                    for (const a of e.attributes) {
                      if (a.name.startsWith('on') || a.name === 'srcdoc') bad.push(tag + ' ' + a.name);
                      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)
                          && /^\\s*(javascript|vbscript|data):/i.test(a.value)) bad.push(tag + ' ' + a.name + '=' + a.value);
                    }
                  }
                }
                return bad;
                """);
        assertThat(injected).isEmpty();
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a vector opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** The title a vector's report is shown with: its markup dropped, as ingestion does. */
    private static String titleOf(int n) {
        try {
            return dev.newsriver.clean.Sanitizer.plainText("Report " + n + " " + HostileFeeds.vectors().get(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDashboardFitsAPhoneAndAWallScreen() {
        for (int[] size : new int[][] {{390, 844}, {3840, 2160}}) {
            browser.resize(size[0], size[1]);
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("horizontal overflow at %dx%d", size[0], size[1]).isLessThanOrEqualTo(0);
            browser.screenshot(Path.of("target", "dashboard", "size-" + size[0] + "x" + size[1] + ".png"));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> streamsRequested() {
        return (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/stream'))");
    }

    /** A temporary home for the application: its database, its sources file, and an inbox folder. */
    static final class Workspace {
        private Workspace() {
        }

        static Path create() {
            try {
                Path home = Files.createTempDirectory("newsriver-dashboard");
                Files.createDirectories(home.resolve("inbox"));
                String yaml = "sources:\n"
                        + "  - {id: seeds, type: folder, path: '" + Path.of("seeds").toAbsolutePath() + "', name: Seed documents}\n"
                        + "  - {id: inbox, type: folder, path: '" + home.resolve("inbox") + "', name: Inbox}\n";
                Files.writeString(home.resolve("sources.yml"), yaml);
                return home;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Copies a fixture into the inbox under a hidden name, then renames it, so it appears whole. */
        static void drop(Path home, String fixture) {
            Path target = home.resolve("inbox").resolve(fixture);
            if (Files.exists(target)) {
                return;
            }
            try (InputStream in = DashboardIT.class.getResourceAsStream("/dashboard/" + fixture)) {
                Path hidden = home.resolve("inbox").resolve("." + fixture);
                Files.copy(in, hidden, StandardCopyOption.REPLACE_EXISTING);
                Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
