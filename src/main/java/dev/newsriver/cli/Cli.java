package dev.newsriver.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command-line tools of the jar: {@code extract FILE…}, {@code tag FILE…}, {@code export --out DIR}.
 * They run without the web server.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("extract", "tag", "export");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("help"));
    }

    /** Runs one command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "extract" -> ExtractCommand.run(rest, out, err);
            case "export" -> ExportCommand.run(rest, out, err);
            default -> usage(out);
        };
    }

    private static int usage(PrintStream out) {
        out.println("""
                usage: java -jar newsriver.jar [COMMAND]
                  (no command)          run the server (port 8080)
                  extract [--base-url URL] FILE…   print each file's article as one JSON line
                  tag FILE…             the same, plus regions, topics and tags with evidence
                  export --out DIR      run the sources once and write the feeds as files""");
        return 0;
    }
}
