package vn.motcua.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.KnowledgeBaseJson;

/**
 * A small hand-built run of three cases: one passes; one answers about the wrong procedure with a
 * figure the record lacks and carries markup in its question and tag; one expected a refusal and got
 * a clarifying question, and its question starts like a spreadsheet formula.
 */
final class ReportFixtures {

    static final String QUOTED = "Lệ phí \"khai sinh\", bao nhiêu?\nở xã";
    static final String SCRIPT = "<script>alert(1)</script> làm hộ chiếu phổ thông ở đâu?";
    static final String FORMULA = "=HYPERLINK(\"http://x\") thời tiết hôm nay | nóng không";
    static final String MARKUP_TAG = "x<img src=x onerror=alert(1)>";

    private ReportFixtures() {}

    static List<GoldCase> cases() {
        return List.of(
                gold("qa-1", QUOTED, "answered", List.of("1.001193"),
                        List.of(new GoldCase.Fact("fee", "Miễn phí")), List.of("ho_tich", "intent_fee")),
                gold("qa-2", SCRIPT, "answered", List.of("2.002387"),
                        List.of(new GoldCase.Fact("agency", "Cục Quản lý xuất nhập cảnh"), new GoldCase.Fact("deadline", "8 ngày làm việc")),
                        List.of("ho_chieu", MARKUP_TAG)),
                gold("g-1", FORMULA, "refused", List.of(), List.of(), List.of("out_of_scope")));
    }

    static List<CaseResult> results() {
        List<GoldCase> cases = cases();
        return List.of(
                result(cases.get(0), List.of("1.001193", "2.000635"), 3.2),
                result(cases.get(1), List.of("1.000001", "2.002387"), 7.9),
                result(cases.get(2), List.of("1.000001"), 1.1));
    }

    static Map<String, AnswerOutcome> outcomes() {
        List<GoldCase> cases = cases();
        Map<String, AnswerOutcome> m = new LinkedHashMap<>();
        m.put("qa-1", new AnswerOutcome("answered", "Miễn phí.", List.of("1.001193:fee"), "1.001193", List.of("1.001193"),
                cases.get(0).expect().facts(), List.of(), List.of(), List.of(), 12.5, 1.0, Map.of()));
        m.put("qa-2", new AnswerOutcome("answered", "Lệ phí 200.000 đồng.", List.of("1.000001:fee"), "1.000001", List.of("1.000001"),
                List.of(), cases.get(1).expect().facts(), List.of("200.000 đồng"), List.of(), 30.0, 0.5, Map.of()));
        m.put("g-1", new AnswerOutcome("clarify", "Bạn muốn hỏi thủ tục nào?", List.of(), null, List.of(),
                List.of(), List.of(), List.of(), List.of(), 0.4, Double.NaN, Map.of()));
        return m;
    }

    /** Writes every report file of the run into the folder, through the real writer. */
    static Path write(Path dir) {
        new ReportWriter(KnowledgeBaseJson.mapper()).write(dir, List.of(Path.of("eval/gold/tiny.jsonl")), cases(), results(), outcomes());
        return dir;
    }

    /** Writes a retrieval-only run of the same cases (no answer outcomes). */
    static Path writeRetrievalOnly(Path dir) {
        new ReportWriter(KnowledgeBaseJson.mapper()).write(dir, List.of(Path.of("eval/gold/tiny.jsonl")), cases(), results(), Map.of());
        return dir;
    }

    static GoldCase gold(String id, String question, String status, List<String> procedures, List<GoldCase.Fact> facts, List<String> tags) {
        return new GoldCase(id, question, List.of(), new GoldCase.Expect(status, procedures, List.of(), facts), tags);
    }

    static CaseResult result(GoldCase c, List<String> ranked, double latencyMs) {
        RetrievalMetrics m = c.isRetrievalCase() ? RetrievalMetrics.of(ranked, c.expect()) : null;
        return new CaseResult(c.id(), c.question(), c.tags(), "", ranked, "", List.of(),
                RetrievalMetrics.firstRelevantRank(ranked, c.expect()), m, ranked, m, latencyMs);
    }
}
