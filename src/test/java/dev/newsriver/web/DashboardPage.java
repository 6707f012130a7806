package dev.newsriver.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as a test sees it: the river's items, the facets, the item view, the connection badge.
 * Every wait is bounded. Not thread-safe.
 */
final class DashboardPage {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Browser browser;
    private final String base;

    DashboardPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens the dashboard at a path such as {@code /} or {@code /?region=niger}. */
    DashboardPage open(String path) {
        browser.driver().get(base + path);
        return this;
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), WAIT).withMessage(what).until(condition);
    }

    /** The titles in the river, top to bottom. */
    List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#river .item-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** The ids in the river, top to bottom. */
    List<String> ids() {
        return browser.driver().findElements(By.cssSelector("#river > li")).stream()
                .map(e -> e.getDomAttribute("data-id")).toList();
    }

    /** Waits until the river shows an item with this exact title and returns it. */
    WebElement waitForItem(String title) {
        return waitFor("the river to show \"" + title + "\"", d -> d.findElements(By.cssSelector("#river > li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".item-title")).getText().equals(title))
                .findFirst().orElse(null));
    }

    /** Waits until the river shows all these titles. */
    void waitForTitles(List<String> expected) {
        waitFor("the river to show " + expected, d -> titles().containsAll(expected));
    }

    /** The facet button of a region or topic, once the facets are loaded. */
    WebElement facet(String key, String id) {
        return waitFor("the " + key + " facet " + id, d -> d.findElements(
                By.cssSelector("#facet-" + key + "s button.facet[data-id='" + id + "']")).stream().findFirst().orElse(null));
    }

    /** Clicks a facet button; the list is redrawn as counts change, so a button gone stale is found again. */
    void clickFacet(String key, String id) {
        waitFor("a click on the " + key + " facet " + id, d -> {
            try {
                facet(key, id).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Opens the item view of the river item with this title and waits for its text. */
    WebElement openItem(String title) {
        waitForItem(title).findElement(By.cssSelector(".item-title a")).click();
        return waitFor("the item view", d -> {
            WebElement dialog = d.findElement(By.id("item-view"));
            return dialog.isDisplayed() && !d.findElements(By.cssSelector("#item-text p")).isEmpty() ? dialog : null;
        });
    }

    /** The connection badge's text. */
    String connection() {
        return browser.driver().findElement(By.id("state")).getText();
    }

    String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
