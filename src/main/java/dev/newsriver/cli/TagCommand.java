package dev.newsriver.cli;

import dev.newsriver.article.Article;
import dev.newsriver.clean.Cleaner;
import dev.newsriver.publish.ItemJson;
import dev.newsriver.tagging.TagRulesException;
import dev.newsriver.tagging.Tagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code newsriver tag [--tags FILE] FILE…}: cleans and tags each file and prints one JSON object per
 * line: the fields of {@code extract} plus {@code regions}, {@code topics} and {@code tags} (id, kind,
 * code for countries, label, score, evidence). Rules come from {@code feeds/tags.yml} unless
 * {@code --tags} names another file. A file that cannot be read is reported on {@code err} and the
 * others go on. Does not start Spring. Not thread-safe; one call is one run.
 */
public final class TagCommand {
    static final String USAGE = "usage: newsriver tag [--tags FILE] FILE...";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TagCommand() {
    }

    /** Runs the command; returns 0 when every file was tagged, 1 when some failed, 2 on bad usage or rules. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path rules = Path.of("feeds/tags.yml");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--tags") && i + 1 < args.size()) {
                rules = Path.of(args.get(++i));
            } else if (arg.startsWith("-")) {
                err.println("tag: unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Tagger tagger;
        try {
            tagger = Tagger.load(rules);
        } catch (TagRulesException e) {
            err.println("tag: " + e.getMessage());
            return 2;
        }
        Cleaner cleaner = new Cleaner();
        int failed = 0;
        for (Path file : files) {
            try {
                Article a = tagger.tag(cleaner.clean(ExtractCommand.read(file, null)));
                out.println(JSON.writeValueAsString(row(file, a)));
            } catch (IOException | IllegalArgumentException e) {
                err.println("tag: " + file + ": " + ExtractCommand.problem(e));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Map<String, Object> row(Path file, Article a) {
        Map<String, Object> row = ExtractCommand.row(file, a);
        row.put("regions", a.regions());
        row.put("topics", a.topics());
        row.put("tags", a.tags().stream().map(ItemJson::tag).toList());
        return row;
    }
}
