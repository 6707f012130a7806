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

    /** The feed of the whole river. */
    public static FeedInfo river(String siteUrl, String selfUrl) {
        return new FeedInfo("Newsriver", "Every item of the river", siteUrl, selfUrl);
    }

    /** The feed of one region ({@code region} true) or topic, by its label. */
    public static FeedInfo tag(boolean region, String label, String siteUrl, String selfUrl) {
        return new FeedInfo("Newsriver — " + label, (region ? "News about " : "News on ") + label, siteUrl, selfUrl);
    }

    /** The same feed at another address. */
    public FeedInfo withSelf(String selfUrl) {
        return new FeedInfo(title, description, siteUrl, selfUrl);
    }
}
