package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void blankLinesAreSkippedAndTheOthersKeepTheirNumbers() throws IOException {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"q\": \"khai sinh\"}\n\n   \n{\"q\": \"tạm trú\"}  \n", StandardCharsets.UTF_8);

        List<JsonLines.Line> lines = JsonLines.read(f);

        assertEquals(List.of(1, 4), lines.stream().map(JsonLines.Line::number).toList());
        assertEquals("{\"q\": \"tạm trú\"}", lines.get(1).text());
        assertEquals(f + ":4", lines.get(1).where());
    }

    @Test
    void filesAreTheJsonLinesOfTheFolderByName() throws IOException {
        Files.writeString(dir.resolve("b.jsonl"), "{}");
        Files.writeString(dir.resolve("a.jsonl"), "{}");
        Files.writeString(dir.resolve("notes.md"), "# x");
        Files.createDirectory(dir.resolve("old.jsonl"));

        assertEquals(List.of(dir.resolve("a.jsonl"), dir.resolve("b.jsonl")), JsonLines.filesIn(dir));
        assertTrue(JsonLines.filesIn(dir.resolve("missing")).isEmpty());
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path missing = dir.resolve("none.jsonl");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JsonLines.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()));
    }
}
