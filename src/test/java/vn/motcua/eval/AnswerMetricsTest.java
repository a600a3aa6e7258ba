package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answer metrics on a hand-computed example of five cases. */
class AnswerMetricsTest {

    private static final GoldCase.Fact FEE = new GoldCase.Fact("fee", "70.000 đồng");
    private static final GoldCase.Fact DAYS = new GoldCase.Fact("deadline", "7 ngày làm việc");

    private static GoldCase gold(String id, String status, List<String> codes, List<GoldCase.Fact> facts, boolean followUp) {
        List<GoldCase.Turn> history = followUp ? List.of(new GoldCase.Turn("user", "làm lại căn cước")) : List.of();
        return new GoldCase(id, "q", history, new GoldCase.Expect(status, codes, List.of(), facts), List.of("t"));
    }

    private static AnswerOutcome outcome(String status, String code, List<GoldCase.Fact> found, List<GoldCase.Fact> missed, List<String> unsupported) {
        return new AnswerOutcome(status, "", List.of(), code, code == null ? List.of() : List.of(code), found, missed, unsupported, List.of(), 2.0, 1.0, Map.of("retrieve", 1.5, "compose", 0.5));
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> m, String key) {
        return ((Map<String, Object>) m.get(key)).get("value");
    }

    @Test
    void computesRatesOverTheCasesEachIsDefinedOn() {
        List<GoldCase> cases = List.of(
                gold("a", "answered", List.of("1.014064"), List.of(FEE, DAYS), false),
                gold("b", "answered", List.of("1.014064"), List.of(FEE), true),
                gold("c", "refused", List.of(), List.of(), false),
                gold("d", "emergency", List.of(), List.of(), false),
                gold("e", "clarify", List.of(), List.of(), false));
        Map<String, AnswerOutcome> out = new LinkedHashMap<>();
        out.put("a", outcome("answered", "1.014064", List.of(FEE), List.of(DAYS), List.of()));
        out.put("b", outcome("answered", "2.001194", List.of(), List.of(FEE), List.of("amount 50000")));
        out.put("c", outcome("refused", null, List.of(), List.of(), List.of()));
        out.put("d", outcome("refused", null, List.of(), List.of(), List.of()));
        out.put("e", outcome("refused", null, List.of(), List.of(), List.of()));

        Map<String, Object> m = AnswerMetrics.of(cases, out);

        assertEquals(0.6, value(m, "status_accuracy"));          // a, b, c right; d, e wrong
        assertEquals(0.5, value(m, "refusal_recall"));           // c yes, d (emergency → refused) no
        assertEquals(0.3333, value(m, "false_refusal_rate"));    // e of a, b, e
        assertEquals(0.0, value(m, "clarify_recall"));
        assertEquals(0.5, value(m, "answered_procedure_accuracy"));
        assertEquals(0.0, value(m, "follow_up_resolution"));     // b answered another code
        assertEquals(0.3333, value(m, "key_fact_recall"));       // 1 of 3 facts
        assertEquals(0.5, value(m, "key_fact_recall_right_procedure")); // a only: 1 of 2
        assertEquals(0.5, value(m, "answers_with_unsupported_figures"));
        assertEquals(1, m.get("unsupported_figures"));
        assertNull(value(m, "no_information_recall"));
    }

    @Test
    void citationsAreValidWhenTheyPointAtTheRecordAndPreciseWhenAtAnExpectedProcedure() {
        List<GoldCase> cases = List.of(gold("a", "answered", List.of("1.014064"), List.of(), false));
        AnswerOutcome o = new AnswerOutcome("answered", "", List.of("1.014064:fee", "1.014064:name", "2.001194:fee", "73/2024/TT-BTC:5"),
                "1.014064", List.of("1.014064"), List.of(), List.of(), List.of(), List.of("2.001194:fee (not the record's URL)"), 1.0, 1.0, Map.of());

        Map<String, Object> m = AnswerMetrics.of(cases, Map.of("a", o));

        assertEquals(0.75, value(m, "citation_validity"));   // 3 of 4
        assertEquals(0.6667, value(m, "citation_precision")); // 2 of the 3 procedure citations
    }

    @Test
    void confusionCountsExpectedAgainstGot() {
        List<GoldCase> cases = List.of(gold("d", "emergency", List.of(), List.of(), false));
        Map<String, AnswerOutcome> out = Map.of("d", outcome("refused", null, List.of(), List.of(), List.of()));

        Map<String, Object> m = AnswerMetrics.of(cases, out);

        assertEquals(Map.of("emergency", Map.of("refused", 1)), m.get("status_confusion"));
    }

    @Test
    void factsMatchAfterNormalisingNumbersAndMarks() {
        assertEquals(true, FactMatcher.contains("Lệ phí: 70,000 Việt Nam Đồng", "70.000 đồng"));
        assertEquals(true, FactMatcher.contains("Thời hạn: 07 Ngày làm việc", "7 ngày làm việc"));
        assertEquals(true, FactMatcher.contains("le phi 50000 d", "50.000 đồng"));
        assertEquals(false, FactMatcher.contains("Thời hạn: 17 ngày làm việc", "7 ngày làm việc"));
        assertEquals(true, FactMatcher.contains("- Giấy đề nghị đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh", "Giấy đề nghị đăng ký tạm ngừng kinh doanh"));
    }
}
