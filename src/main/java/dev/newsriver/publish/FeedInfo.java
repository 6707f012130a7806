package dev.newsriver.publish;

/**
 * What a generated feed says about itself.
 *
 * @param title       feed title, e.g. "Newsriver — Sahel"
 * @param description one line about the feed
 * @param siteUrl     the page the feed belongs to (the dashboard)
 * @param selfUrl     the feed's own URL ({@code atom:link rel="self"})
 */
public record FeedInfo(String title, String description, String siteUrl, String selfUrl) {
}
