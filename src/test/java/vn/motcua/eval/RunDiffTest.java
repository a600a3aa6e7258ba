package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

/** The diff of two hand-built runs, with every figure and verdict worked out by hand. */
class RunDiffTest {

    private static final ObjectMapper JSON = KnowledgeBaseJson.mapper();

    private static final String REPORT_A = """
            {"retrieval": {"hit_at_1": 0.5, "recall_at_5": 1.0, "mrr_at_10": 0.75},
             "answers": {"status_accuracy": {"value": 0.75, "hits": 3, "cases": 4},
                         "false_refusal_rate": {"value": 0.0, "hits": 0, "cases": 3},
                         "clarify_recall": {"value": null, "hits": 0, "cases": 0},
                         "unsupported_figures": 0}}
            """;
    private static final String REPORT_B = """
            {"retrieval": {"hit_at_1": 0.75, "recall_at_5": 1.0, "mrr_at_10": 0.8},
             "answers": {"status_accuracy": {"value": 0.5, "hits": 2, "cases": 4},
                         "false_refusal_rate": {"value": 0.3333, "hits": 1, "cases": 3},
                         "clarify_recall": {"value": null, "hits": 0, "cases": 0},
                         "unsupported_figures": 2}}
            """;

    private static String result(String id, String status, String expected, boolean pass, int rank, String... failures) throws Exception {
        return JSON.writeValueAsString(Map.of("id", id, "status", status, "expected_status", expected, "pass", pass,
                "failures", List.of(failures), "first_relevant_rank", rank));
    }

    private static Path run(Path dir, String report, String... results) throws Exception {
        Files.writeString(dir.resolve("report.json"), report);
        Files.writeString(dir.resolve("results.jsonl"), String.join("\n", results) + "\n");
        return dir;
    }

    private static RunDiff diff(Path a, Path b) throws Exception {
        return RunDiff.of(RunFolder.read(run(a, REPORT_A,
                        result("keeps", "answered", "answered", true, 1),
                        result("breaks", "answered", "answered", true, 2),
                        result("mends", "clarify", "answered", false, 0, "status clarify, expected answered"),
                        result("still-bad", "answered", "refused", false, 3, "status answered, expected refused"),
                        result("gone", "answered", "answered", true, 1)), JSON),
                RunFolder.read(run(b, REPORT_B,
                        result("keeps", "answered", "answered", true, 1),
                        result("breaks", "refused", "answered", false, 4, "status refused, expected answered"),
                        result("mends", "answered", "answered", true, 2),
                        result("still-bad", "answered", "refused", false, 3, "status answered, expected refused"),
                        result("new", "answered", "answered", true, 1)), JSON));
    }

    private static RunDiff.MetricChange metric(RunDiff d, String path) {
        return d.metrics().stream().filter(m -> m.metric().path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void listsTheCasesThatRegressedAndImprovedWithTheFailingSidesReasons(@TempDir Path a, @TempDir Path b) throws Exception {
        RunDiff d = diff(a, b);

        assertEquals(List.of(new RunDiff.CaseChange("breaks", "answered", "refused", "answered", List.of("status refused, expected answered"))),
                d.regressed());
        assertEquals(List.of(new RunDiff.CaseChange("mends", "clarify", "answered", "answered", List.of("status clarify, expected answered"))),
                d.improved());
        assertEquals(new RunDiff.Counts(4, 1, 1, 0, 2, 2), d.counts());
    }

    @Test
    void showsHowEachFigureMovedAndWhetherThatIsBetter(@TempDir Path a, @TempDir Path b) throws Exception {
        RunDiff d = diff(a, b);

        assertEquals(0.25, metric(d, "retrieval.hit_at_1").change());
        assertEquals("better", metric(d, "retrieval.hit_at_1").direction());
        assertEquals("same", metric(d, "retrieval.recall_at_5").direction());
        assertEquals(-0.25, metric(d, "answers.status_accuracy").change());
        assertEquals("worse", metric(d, "answers.status_accuracy").direction());
        assertEquals("worse", metric(d, "answers.false_refusal_rate").direction(), "more false refusals is worse");
        assertEquals("worse", metric(d, "answers.unsupported_figures").direction());
        assertNull(metric(d, "answers.clarify_recall").change(), "a rate over no case has no change");
        assertEquals("0.75 (3/4)", metric(d, "answers.status_accuracy").aText());
    }

    @Test
    void reportsFirstRelevantRankMovesBothWays(@TempDir Path a, @TempDir Path b) throws Exception {
        RunDiff d = diff(a, b);

        assertEquals(List.of(new RunDiff.RankChange("breaks", 2, 4), new RunDiff.RankChange("mends", 0, 2)), d.ranks());
        assertEquals(List.of(false, true), d.ranks().stream().map(RunDiff.RankChange::isBetter).toList());
    }

    @Test
    void textAndJsonCarryTheSameCounts(@TempDir Path a, @TempDir Path b) throws Exception {
        RunDiff d = diff(a, b);

        String text = d.text();
        Map<String, Object> json = d.toMap();

        assertTrue(text.contains("regressed: 1\n  breaks         answered → refused (expected answered); now: status refused, expected answered\n"), text);
        assertTrue(text.contains("improved: 1\n  mends "), text);
        assertTrue(text.contains("first relevant rank: 2 changed, 1 better, 1 worse"), text);
        assertTrue(text.contains("4 in both, 1 only in A, 1 only in B; passing 2 → 2"), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) json.get("counts");
        assertEquals(1, counts.get("regressed"));
        assertEquals(1, counts.get("improved"));
        assertEquals(2, counts.get("rank_changed"));
    }

    @Test
    void aRunWithoutVerdictsIsCountedAsUnjudgedNotAsRegressed(@TempDir Path a, @TempDir Path b) throws Exception {
        run(a, REPORT_A, "{\"id\": \"x\", \"status\": \"answered\", \"first_relevant_rank\": 1}");
        run(b, REPORT_B, result("x", "refused", "answered", false, 1, "status refused, expected answered"));

        RunDiff d = RunDiff.of(RunFolder.read(a, JSON), RunFolder.read(b, JSON));

        assertEquals(List.of(), d.regressed());
        assertEquals(1, d.counts().unjudged());
    }

    @Test
    void aFolderWithoutResultsIsNotARun(@TempDir Path a) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunFolder.read(a, JSON));

        assertTrue(e.getMessage().startsWith("not an eval run"), e.getMessage());
    }
}
