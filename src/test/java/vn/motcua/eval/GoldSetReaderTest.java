package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

class GoldSetReaderTest {

    @TempDir
    Path dir;

    private final GoldSetReader reader = new GoldSetReader(KnowledgeBaseJson.mapper());

    @Test
    void readsTheDocumentedSchema() throws Exception {
        Path f = dir.resolve("g.jsonl");
        Files.writeString(f, """
                {"id": "x-1", "question": "lam lai cccd", "history": [{"role": "user", "text": "chào"}], "expect": {"status": "answered", "procedures": ["1.014064"], "acceptable": ["2.001194"], "facts": [{"type": "fee", "value": "70.000 đồng"}]}, "tags": ["can_cuoc"]}

                {"id": "x-2", "question": "thời tiết mai thế nào", "expect": {"status": "refused"}}
                """);

        List<GoldCase> cases = reader.read(List.of(f));

        assertEquals(2, cases.size());
        assertEquals(List.of("2.001194"), cases.get(0).expect().acceptable());
        assertEquals("chào. lam lai cccd", cases.get(0).searchText());
        assertTrue(cases.get(0).isRetrievalCase());
        assertTrue(!cases.get(1).isRetrievalCase());
    }

    @Test
    void everyProblemIsReportedWithFileAndLine() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, """
                {"id": "a", "question": "q", "expect": {"status": "maybe"}}
                {"id": "a", "question": "q", "expect": {"status": "answered", "procedures": ["12345"]}}
                not json
                {"id": "c", "question": "q", "expect": {"status": "answered", "facts": [{"type": "price", "value": "1"}]}}
                """);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(List.of(f)));

        assertTrue(e.getMessage().contains(f + ":1: expect.status"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":2: not a procedure code: 12345"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":3: not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":4: a fact needs a type"), e.getMessage());
    }

    @Test
    void emptySetIsRejected() throws Exception {
        Path f = dir.resolve("empty.jsonl");
        Files.writeString(f, "\n\n");

        assertThrows(IllegalArgumentException.class, () -> reader.read(List.of(f)));
    }

    @Test
    void shippedGoldSetsAreValid() {
        List<GoldCase> cases = reader.read(List.of(Path.of("eval/gold/retrieval-a.jsonl"), Path.of("eval/gold/retrieval-b.jsonl"),
                Path.of("eval/gold/holdout.jsonl")));

        assertTrue(cases.size() >= 450, String.valueOf(cases.size()));
        assertTrue(cases.stream().allMatch(GoldCase::isRetrievalCase));
    }
}
