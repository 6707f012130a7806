package dev.newsriver.tagging;

/**
 * A {@code tags.yml} that cannot be used: names the file, the line (1-based, 0 when unknown) and the
 * reason, e.g. {@code feeds/tags.yml:42: topic 'coups': near.within must be between 1 and 50}.
 */
public class TagRulesException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public TagRulesException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public TagRulesException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
