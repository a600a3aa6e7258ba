package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationStore;

class CitizenPhrasingsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFileOfTheFolderAndMergesACodeGivenTwice() throws IOException {
        Path kb = dir.resolve("kb");
        write(kb.resolve("phrasings/a.jsonl"), "{\"code\": \"1.000656\", \"asked\": [\"bà nội mới mất\"]}\n\n");
        write(kb.resolve("phrasings/b.jsonl"), "{\"code\": \"1.000656\", \"asked\": [\"báo tử cho ông\"]}\n{\"code\": \"1.001193\", \"asked\": []}\n");
        write(kb.resolve("phrasings/notes.txt"), "not read");

        Map<String, List<String>> p = CitizenPhrasings.load(kb, KnowledgeBaseJson.mapper());

        assertEquals(List.of("bà nội mới mất", "báo tử cho ông"), p.get("1.000656"));
        assertEquals(List.of(), p.get("1.001193"));
        assertEquals(Map.of(), CitizenPhrasings.load(dir.resolve("none"), KnowledgeBaseJson.mapper()));
    }

    @Test
    void aBadLineFailsWithItsFileAndLine() throws IOException {
        Path kb = dir.resolve("kb");
        write(kb.resolve("phrasings/a.jsonl"), "{\"code\": \"1.000656\", \"asked\": [\"ok\"]}\n{\"code\": \"1.000656\", \"asked\": \"not a list\"}\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CitizenPhrasings.load(kb, KnowledgeBaseJson.mapper()));
        assertTrue(e.getMessage().startsWith("a.jsonl:2:"), e.getMessage());
    }

    @Test
    void aRecordIsFoundByWordsOnlyItsPhrasingsHoldAndTheIndexIsRebuiltWhenTheyChange() throws IOException {
        Path kb = dir.resolve("kb");
        copy(TestIndex.knowledgeBase(), kb);
        assertFalse(codes(kb, "khuất núi").contains("1.000656"), "no fixture record says \"khuất núi\" (passed away)");
        String before = IndexBuilder.contentHash(kb);

        write(kb.resolve("phrasings/p.jsonl"), "{\"code\": \"1.000656\", \"asked\": [\"ông cụ nhà tôi vừa khuất núi sáng nay thì làm giấy gì\"]}\n");

        assertNotEquals(before, IndexBuilder.contentHash(kb));
        assertTrue(codes(kb, "khuất núi").contains("1.000656"));
    }

    /** The codes a search over a fresh index of {@code kb} finds, the record's own name checked unchanged. */
    private List<String> codes(Path kb, String q) {
        var json = KnowledgeBaseJson.mapper();
        var maintainer = new IndexMaintainer(new IndexBuilder(dir.resolve("index"), json), kb, new ProcedureStore(kb, json), new RegulationStore(kb, json));
        try (LiveIndex index = new LiveIndex(maintainer.ensureCurrent(false, Progress.NONE).generation())) {
            ProcedureSearcher searcher = new ProcedureSearcher(index, SearchSettings.PRODUCTION, Synonyms.none(), json);
            // Phrasings only find a record: what the record says is unchanged.
            assertEquals("Thủ tục đăng ký khai tử", searcher.byCode("1.000656").orElseThrow().name());
            return searcher.search(q, 10, SearchFilters.NONE).hits().stream().map(Hit::code).toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
