package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalEvaluatorTest {

    @Test
    void deaccentRemovesEveryMarkAndKeepsCase() {
        assertEquals("Dang ky tam tru o dau? CCCD", RetrievalEvaluator.deaccent("Đăng ký tạm trú ở đâu? CCCD"));
    }

    private static CaseResult result(String id, List<String> tags, List<String> ranked, GoldCase.Expect e) {
        return new CaseResult(id, "q", tags, "", ranked, "", List.of(), RetrievalMetrics.firstRelevantRank(ranked, e),
                RetrievalMetrics.of(ranked, e), ranked, RetrievalMetrics.of(ranked, e), 1.0);
    }

    @Test
    void reportHasFixedKeysAndPerTagScores(@TempDir Path out) throws Exception {
        GoldCase.Expect e = new GoldCase.Expect("answered", List.of("1.000001"), List.of(), List.of());
        List<CaseResult> results = List.of(
                result("a", List.of("t1"), List.of("1.000001"), e),
                result("b", List.of("t1", "t2"), List.of("x", "1.000001"), e));

        Map<String, Object> report = new ReportWriter(vn.motcua.catalog.KnowledgeBaseJson.mapper()).write(out, List.of(Path.of("g.jsonl")), results);

        assertEquals(List.of("gold_files", "cases", "retrieval_cases", "retrieval", "retrieval_deaccented", "deaccent_drop", "per_tag", "latency_ms"),
                List.copyOf(report.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Double> all = (Map<String, Double>) report.get("retrieval");
        assertEquals(0.5, all.get("hit_at_1"));
        assertEquals(0.75, all.get("mrr_at_10"));
        assertEquals(2, Files.readAllLines(out.resolve("results.jsonl")).size());
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"per_tag\""));
    }

    @Test
    void sameInputsGiveTheSameReportApartFromTimings(@TempDir Path a, @TempDir Path b) throws Exception {
        GoldCase.Expect e = new GoldCase.Expect("answered", List.of("1.000001"), List.of(), List.of());
        List<CaseResult> results = List.of(result("a", List.of("t"), List.of("1.000001"), e));
        ReportWriter w = new ReportWriter(vn.motcua.catalog.KnowledgeBaseJson.mapper());

        w.write(a, List.of(Path.of("g.jsonl")), results);
        w.write(b, List.of(Path.of("g.jsonl")), results);

        assertEquals(Files.readString(a.resolve("report.json")), Files.readString(b.resolve("report.json")));
    }
}
