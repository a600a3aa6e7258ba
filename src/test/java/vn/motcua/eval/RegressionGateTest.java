package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

/** The gate's rules on a hand-built report and hand-built verdicts. */
class RegressionGateTest {

    private static final ObjectMapper JSON = KnowledgeBaseJson.mapper();
    private static final CaseVerdict PASS = new CaseVerdict(true, List.of());

    private static JsonNode report(double refusalRecall, int unsupported) throws Exception {
        return JSON.readTree("""
                {"retrieval": {"hit_at_1": 0.8},
                 "answers": {"refusal_recall": {"value": %s, "hits": 0, "cases": 10}, "clarify_recall": {"value": null, "hits": 0, "cases": 0},
                             "unsupported_figures": %d}}
                """.formatted(refusalRecall, unsupported));
    }

    private static Map<String, Map<String, CaseVerdict>> verdicts(CaseVerdict b) {
        Map<String, CaseVerdict> v = new LinkedHashMap<>();
        v.put("a", PASS);
        v.put("b", b);
        v.put("c", PASS);
        return Map.of("set.jsonl", v);
    }

    private static final Baseline BASELINE = new Baseline(Map.of("set.jsonl", List.of("a", "b")), Map.of("answers.refusal_recall", 0.95));

    @Nested
    class ThresholdRules {

        @Test
        void aFigureBelowItsFloorFails() throws Exception {
            Thresholds t = new Thresholds(Map.of("answers.refusal_recall", 0.9), Map.of());

            RegressionGate.Result r = new RegressionGate(t, BASELINE).check(report(0.8, 0), verdicts(PASS));

            assertEquals(List.of("answers.refusal_recall is 0.8 (0/10), below its floor 0.9"), r.failures());
        }

        @Test
        void aFigureAboveItsCeilingFails() throws Exception {
            Thresholds t = new Thresholds(Map.of(), Map.of("answers.unsupported_figures", 0.0));

            RegressionGate.Result r = new RegressionGate(t, BASELINE).check(report(0.95, 3), verdicts(PASS));

            assertEquals(List.of("answers.unsupported_figures is 3, above its ceiling 0"), r.failures());
        }

        @Test
        void aFigureAtItsFloorPasses() throws Exception {
            Thresholds t = new Thresholds(Map.of("answers.refusal_recall", 0.95, "retrieval.hit_at_1", 0.8), Map.of());

            RegressionGate.Result r = new RegressionGate(t, BASELINE).check(report(0.95, 0), verdicts(PASS));

            assertTrue(r.passes(), r.failures().toString());
        }

        @Test
        void aMisspelledOrEmptyFigureFailsRatherThanPassingSilently() throws Exception {
            Thresholds t = new Thresholds(Map.of("answers.refusal_recal", 0.9, "answers.clarify_recall", 0.5), Map.of());

            RegressionGate.Result r = new RegressionGate(t, BASELINE).check(report(0.95, 0), verdicts(PASS));

            assertEquals(2, r.failures().size(), r.failures().toString());
            assertTrue(r.failures().contains("answers.refusal_recal: no such figure in report.json (check the thresholds file)"), r.failures().toString());
            assertTrue(r.failures().contains("answers.clarify_recall has no value (no case of this run measures it)"), r.failures().toString());
        }

        @Test
        void aThresholdsFileWithAStringValueIsRejectedNamingTheEntry(@TempDir Path dir) throws Exception {
            Path f = Files.writeString(dir.resolve("t.json"), "{\"min\": {\"answers.refusal_recall\": \"high\"}, \"floor\": {}}");

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Thresholds.read(f, JSON));

            assertTrue(e.getMessage().contains("unknown key \"floor\""), e.getMessage());
            assertTrue(e.getMessage().contains("min.answers.refusal_recall must be a number"), e.getMessage());
        }
    }

    @Nested
    class BaselineRules {

        private final Thresholds none = new Thresholds(Map.of("retrieval.hit_at_1", 0.0), Map.of());

        @Test
        void aCaseThatPassedInTheBaselineAndNowFailsFailsTheGateWithItsReasons() throws Exception {
            CaseVerdict failing = new CaseVerdict(false, List.of("missed fee \"70.000 đồng\""));

            RegressionGate.Result r = new RegressionGate(none, BASELINE).check(report(0.95, 0), verdicts(failing));

            assertEquals(List.of("regressed: b (set.jsonl) passes in the baseline, now fails: missed fee \"70.000 đồng\""), r.failures());
        }

        @Test
        void aNewlyPassingCaseIsANoteNotAFailure() throws Exception {
            RegressionGate.Result r = new RegressionGate(none, BASELINE).check(report(0.95, 0), verdicts(PASS));

            assertTrue(r.passes(), r.failures().toString());
            assertTrue(r.notes().get(0).startsWith("1 case(s) pass that the baseline does not list (c)"), r.notes().toString());
        }

        @Test
        void aBaselineCaseThatWasRemovedFromItsGoldFileFails() throws Exception {
            Baseline withGone = new Baseline(Map.of("set.jsonl", List.of("a", "gone")), Map.of());

            RegressionGate.Result r = new RegressionGate(none, withGone).check(report(0.95, 0), verdicts(PASS));

            assertEquals(List.of("case gone passes in the baseline but is no longer in set.jsonl"), r.failures());
        }

        @Test
        void aGoldFileWithoutBaselineAndABaselineFileNotEvaluatedBothFail() throws Exception {
            Baseline other = new Baseline(Map.of("other.jsonl", List.of("x")), Map.of());

            RegressionGate.Result r = new RegressionGate(none, other).check(report(0.95, 0), verdicts(PASS));

            assertEquals(List.of("the baseline covers other.jsonl, which this run did not evaluate",
                    "no baseline for set.jsonl: record one deliberately with eval gate --write-baseline"), r.failures());
        }

        @Test
        void aWrittenBaselineReadsBackTheSame(@TempDir Path dir) throws Exception {
            Baseline b = Baseline.of(verdicts(new CaseVerdict(false, List.of("x"))), report(0.95, 0), List.of("answers.refusal_recall", "answers.clarify_recall"));

            b.write(dir.resolve("baseline.json"), JSON);

            assertEquals(b, Baseline.read(dir.resolve("baseline.json"), JSON));
            assertEquals(List.of("a", "c"), b.passing().get("set.jsonl"));
            assertTrue(Files.readString(dir.resolve("baseline.json")).contains("\"set.jsonl\" : [ \"a\", \"c\" ]"));
        }
    }
}
