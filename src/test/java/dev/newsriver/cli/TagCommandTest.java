package dev.newsriver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tag command: the extract fields plus regions, topics and tags with evidence, one line per file. */
class TagCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TagCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aSeedIsPrintedWithItsRegionsTopicsAndEvidence() {
        assertEquals(0, run("seeds/002_ec64040a41daa139.txt"));
        JsonNode row = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("US orders all combat troops to withdraw from Niger", row.get("title").asString());
        List<String> regions = row.get("regions").valueStream().map(JsonNode::asString).toList();
        assertTrue(regions.containsAll(List.of("niger", "sahel", "west-africa", "africa")), regions::toString);
        assertTrue(row.get("topics").toString().contains("us-troops"));
        JsonNode niger = row.get("tags").valueStream().filter(t -> t.get("id").asString().equals("niger")).findFirst()
                .orElseThrow();
        assertEquals("country", niger.get("kind").asString());
        assertEquals("NER", niger.get("code").asString());
        assertTrue(niger.get("evidence").valueStream().anyMatch(e -> e.get("where").asString().equals("title")));
    }

    @Test
    void aMissingFileIsReportedAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "Chad closes border\n\nChadian troops deployed near N'Djamena as Chad closed its border.");
        assertEquals(1, run(dir.resolve("missing.txt").toString(), page.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.txt"));
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void brokenRulesStopTheRunWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("tags.yml");
        Files.writeString(rules, "threshold: 5\n");
        assertEquals(2, run("--tags", rules.toString(), "seeds/002_ec64040a41daa139.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tags.yml:1:"), err::toString);
    }
}
