package dev.newsriver.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md, read from the sources' import lines: the domain imports nothing but the
 * JDK, each stage only the domain, ROME stays in {@code source} and {@code publish}, jsoup in {@code clean}.
 */
class DependencyRulesTest {
    private static final Path ROOT = Path.of("src/main/java/dev/newsriver");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "article", Set.of(),
            "source", Set.of("article"),
            "clean", Set.of("article"),
            "tagging", Set.of("article"),
            "dedupe", Set.of("article"),
            "store", Set.of("article"),
            "pipeline", Set.of("article", "source", "clean", "tagging", "dedupe", "store"),
            "publish", Set.of("article", "store"),
            "web", Set.of("article", "publish", "store", "source", "tagging", ""),
            "cli", Set.of("article", "source", "clean", "tagging", "dedupe", "pipeline", "store", "publish"));

    private static List<String> imports(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = IMPORT.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static String projectPackage(String imported) {
        String rest = imported.substring("dev.newsriver".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    @Test
    void theDomainImportsNothingButTheJdk() throws IOException {
        assertThat(imports("article")).allMatch(i -> i.startsWith("java.") || i.startsWith("dev.newsriver.article"));
    }

    @Test
    void eachPackageImportsOnlyThePackagesItMay() throws IOException {
        for (var rule : MAY_IMPORT.entrySet()) {
            String pkg = rule.getKey();
            assertThat(imports(pkg).stream().filter(i -> i.startsWith("dev.newsriver")).map(DependencyRulesTest::projectPackage)
                    .filter(p -> !p.equals(pkg)))
                    .as("project packages imported by %s", pkg)
                    .allMatch(rule.getValue()::contains);
        }
    }

    @Test
    void romeStaysInSourceAndPublishAndJsoupInClean() throws IOException {
        for (String pkg : MAY_IMPORT.keySet()) {
            if (!pkg.equals("source") && !pkg.equals("publish")) {
                assertThat(imports(pkg)).as("ROME in %s", pkg).noneMatch(i -> i.startsWith("com.rometools"));
            }
            if (!pkg.equals("clean")) {
                assertThat(imports(pkg)).as("jsoup in %s", pkg).noneMatch(i -> i.startsWith("org.jsoup"));
            }
        }
    }
}
