package dev.newsriver.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's pure modules (story groups, evidence marks, times, source health, hourly counts) run
 * in headless Chromium against the static files alone, without the application. Skipped when
 * chromedriver is not installed.
 */
class DashboardModulesIT {
    private static Browser browser;
    private static StaticFiles files;

    @BeforeAll
    static void start() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver)");
        files = StaticFiles.start();
        browser = Browser.start(800, 600);
        browser.driver().get(files.base() + "/blank.html");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (files != null) {
            files.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Imports /js/{module} as m and returns what the body returns. */
    private Object run(String module, String body) {
        return browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import(arguments[0]).then(m => done((function (m) {" + body + "})(m)))"
                + ".catch(e => done('failed: ' + e));", "/js/" + module);
    }

    @Test
    void aPageInTheBackForwardCacheHoldsNoStreamAndResumesAfterTheLastItemWhenShown() {
        Object outcome = run("live.js", """
                const original = window.EventSource;
                const opened = [];
                class FakeSource {
                  constructor(url) { this.url = url; this.readyState = 0; opened.push(this); }
                  addEventListener() {}
                  close() { this.readyState = 2; }
                }
                FakeSource.CLOSED = 2;
                window.EventSource = FakeSource;
                try {
                  const live = m.connect({}, '5', {state() {}, item() {}, reset() {}});
                  window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));
                  const hidden = opened.map(s => s.readyState).join(',');
                  window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
                  const shown = opened.length + ' ' + opened[opened.length - 1].url + ' ' + opened[opened.length - 1].readyState;
                  live.close();
                  window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
                  return hidden + ' | ' + shown + ' | ' + opened.length + ' ' + opened[opened.length - 1].readyState;
                } finally {
                  window.EventSource = original;
                }""");
        // closed when hidden; one new stream from item 5 when shown; none after close()
        assertThat(outcome).isEqualTo("2 | 2 /stream?lastEventId=5 0 | 2 2");
    }

    @Test
    void nearDuplicatesFoldUnderTheFirstItemOfTheirStory() {
        Object groups = run("story.js", """
                const item = {id: '7', story: 's', duplicateOf: '3'};
                const all = [{id: '3', story: 's', duplicateOf: null}, {id: '5', story: 's', duplicateOf: null},
                  {id: '9', story: 's', duplicateOf: '7'}, {id: '4', story: 'other', duplicateOf: null}];
                return m.storyGroup(item, all).map(g => g.item.id + ':' + g.duplicates.map(d => d.id).join(','));""");
        assertThat(groups).isEqualTo(List.of("3:7,9", "5:"));
    }

    @Test
    void evidenceIsMarkedAsWholeWordsLongestFirstAndMarkupStaysText() {
        Object html = run("evidence.js", """
                const tags = [{id: 'niger', kind: 'country', label: 'Niger', evidence: [{text: 'Niger'}, {text: 'Nigerien'}]},
                  {id: 'us-troops', kind: 'topic', label: 'US troops', evidence: [{text: 'US'}, {text: 'US troops'}]}];
                const div = document.createElement('div');
                div.appendChild(m.highlight('Nigeria and niger: Nigerien and US troops. <b>Niger</b>', m.matcher(tags)));
                return [div.querySelector('b') === null, ...[...div.querySelectorAll('mark')].map(k => k.textContent + '=' + k.dataset.tags)];""");
        assertThat(html).isEqualTo(List.of(true, "niger=niger", "Nigerien=niger", "US troops=us-troops", "Niger=niger"));
    }

    @Test
    void timesReadAsMinutesHoursAndDaysAgo() {
        Object said = run("dom.js", """
                const now = Date.parse('2026-01-02T12:00:00Z');
                return ['2026-01-02T11:59:50Z', '2026-01-02T11:57:00Z', '2026-01-02T07:00:00Z', '2025-12-30T12:00:00Z',
                  '2026-01-02T12:04:00Z', 'not a date'].map(t => m.ago(t, now));""");
        assertThat(said).isEqualTo(List.of("just now", "3 min ago", "5 h ago", "3 d ago", "in 4 min", ""));
    }

    @Test
    void aSourceBacksOffAfterAFailureAndIsFailingAfterThreeInARow() {
        Object health = run("sources.js", """
                return [{state: 'ok'}, {state: 'pending'}, {state: 'error', failures: 1}, {state: 'error', failures: 3},
                  {}].map(s => m.health(s));""");
        assertThat(health).isEqualTo(List.of("ok", "pending", "backing-off", "failing", "unknown"));
    }

    @Test
    void itemsAreCountedPerHourOverTheLastDay() {
        Object counts = run("window.js", """
                const w = new m.DayWindow({});
                const hour = 3600000, now = Date.now(), last = Math.floor(now / hour) * hour;
                const at = (ms) => new Date(ms).toISOString();
                w.add({id: 1, ingested: at(last + 1000), regions: ['sahel'], topics: []});
                w.add({id: 2, ingested: at(last + 2000), regions: ['sahel', 'niger'], topics: ['us-troops']});
                w.add({id: 3, ingested: at(last - 5 * hour), regions: ['niger'], topics: []});
                w.add({id: 4, ingested: at(now - 30 * hour), regions: ['mali'], topics: []});
                const h = w.hourly(now), top = w.top(2);
                return [h.counts[23], h.counts[18], h.counts.reduce((a, b) => a + b, 0),
                  top.regions.map(t => t.id + '=' + t.count).join(' '), top.topics.map(t => t.id).join(' ')];""");
        assertThat(counts).isEqualTo(List.of(2L, 1L, 3L, "niger=2 sahel=2", "us-troops"));
    }
}
