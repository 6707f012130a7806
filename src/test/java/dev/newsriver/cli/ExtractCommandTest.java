package dev.newsriver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private static final String PARA = "The council met on Monday and agreed to a new budget for the coming year, officials said.";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> rows() {
        JsonMapper json = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void aSeedDumpPrintsOneJsonLineWithItsMetadataAndText() throws IOException {
        Path seed = dir.resolve("000.txt");
        try (InputStream in = getClass().getResourceAsStream("/clean/seeds/000.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        assertEquals(0, run(seed.toString()));
        JsonNode row = rows().get(0);
        assertEquals(seed.toString(), row.get("file").stringValue());
        assertEquals("Niger determined to expel US forces, diplomat says - Exclusive", row.get("title").stringValue());
        assertEquals("Al Mayadeen English", row.get("byline").stringValue());
        assertEquals("2024-04-24T00:29:00Z", row.get("published").stringValue());
        assertEquals("Al Mayadeen English", row.get("siteName").stringValue());
        assertTrue(row.get("text").stringValue().startsWith("A former Nigerien diplomat"));
    }

    @Test
    void htmlFilesAreReadAsPagesAndABadFileDoesNotStopTheOthers() throws IOException {
        Path page = dir.resolve("page.htm");
        Files.writeString(page, "<html><head><title>Budget | Herald</title></head><body><nav>Home</nav>"
                + "<article><h1>Budget</h1><p>" + PARA + "</p><p>" + PARA.replace("Monday", "Tuesday")
                + "</p></article></body></html>");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Path odd = dir.resolve("notes.pdf");
        Files.writeString(odd, "x");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        Path missing = dir.resolve("missing.txt");
        assertEquals(1, run(empty.toString(), odd.toString(), page.toString(), missing.toString(), folder.toString()));
        List<JsonNode> rows = rows();
        assertEquals(1, rows.size());
        assertEquals("Budget", rows.get(0).get("title").stringValue());
        assertNull(rows.get(0).get("byline").stringValue(null));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(empty + ": ") && errors.contains("empty document"), errors);
        assertTrue(errors.contains(odd + ": unknown file type"), errors);
        assertTrue(errors.contains(missing + ": no such file"), errors);
        assertTrue(errors.contains(folder + ": is a folder, not a file"), errors);
    }

    @Test
    void baseUrlMakesTheArticlesLinksAbsoluteAndUsageErrorsExitWithTwo() throws IOException {
        Path page = dir.resolve("a.html");
        Files.writeString(page, "<p>" + PARA + " <a href=\"../budget/2024.html\">The budget</a></p>");
        assertEquals(0, run("--base-url", "https://example.org/news/", page.toString()));
        String html = rows().get(0).get("html").stringValue();
        assertTrue(html.contains("href=\"https://example.org/budget/2024.html\""), html);
        assertEquals(2, run());
        assertEquals(2, run("--nope", page.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: newsriver extract"));
    }
}
