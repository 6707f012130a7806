package dev.newsriver.publish;

/** The feed formats Newsriver publishes, with their media types. */
public enum FeedFormat {
    RSS("rss_2.0", "application/rss+xml; charset=utf-8", "feed.xml"),
    ATOM("atom_1.0", "application/atom+xml; charset=utf-8", "feed.atom"),
    JSON(null, "application/feed+json; charset=utf-8", "feed.json");

    private final String romeType;
    private final String mediaType;
    private final String fileName;

    FeedFormat(String romeType, String mediaType, String fileName) {
        this.romeType = romeType;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    String romeType() {
        return romeType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name under which this format is served and exported: feed.xml, feed.atom, feed.json. */
    public String fileName() {
        return fileName;
    }
}
