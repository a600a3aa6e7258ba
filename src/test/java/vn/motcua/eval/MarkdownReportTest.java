package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

class MarkdownReportTest {

    private static List<String> lines(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("report.md"));
    }

    @Test
    void printsRatesAsValueWithHitsAndCasesFromReportJson(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> md = lines(dir);

        assertTrue(md.contains("| Status accuracy | 0.6667 (2/3) |"), String.join("\n", md));
        assertTrue(md.contains("| Refusal recall (refused or emergency expected) | 0.0 (0/1) |"));
        assertTrue(md.contains("| Clarify recall | – (0/0) |"));
        assertTrue(md.contains("| Key-fact recall | 0.3333 (1/3) |"));
        assertTrue(md.contains("| Unsupported figures (count) | 1 |"));
    }

    @Test
    void tabulatesRetrievalTypedAndDeaccented(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> md = lines(dir);

        assertTrue(md.contains("| Hit@1 | 0.5 | 0.5 | 0.0 |"));
        assertTrue(md.contains("| MRR@10 | 0.75 | 0.75 | 0.0 |"));
    }

    @Test
    void tabulatesTheConfusionMatrixWithEveryStatusAsAColumn(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> md = lines(dir);

        assertTrue(md.contains("| expected \\ got | answered | clarify | refused | emergency | no_information | cases |"));
        assertTrue(md.contains("| answered | 2 | 0 | 0 | 0 | 0 | 2 |"));
        assertTrue(md.contains("| refused | 0 | 1 | 0 | 0 | 0 | 1 |"));
    }

    @Test
    void tabulatesKeyFactRecallByTypeAndScoresPerTag(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> md = lines(dir);

        assertTrue(md.contains("| deadline | 0.0 (0/1) |"));
        assertTrue(md.contains("| fee | 1.0 (1/1) |"));
        assertTrue(md.contains("| ho_chieu | 1 | 0.0 | 1.0 | 0.5 | 0.0 | 1.0 (1/1) |"));
        assertTrue(md.contains("| out_of_scope | 0 | – | – | – | – | 0.0 (0/1) |"));
    }

    @Test
    void listsFailingCasesWorstFirstWithVietnameseAsIs(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        List<String> failing = lines(dir).stream().filter(l -> l.startsWith("| g-1 ") || l.startsWith("| qa-")).toList();

        assertEquals(2, failing.size(), failing.toString());
        assertEquals("| g-1 | =HYPERLINK(\"http://x\") thời tiết hôm nay \\| nóng không | refused | clarify |  |  |  | expected refused, got clarify |",
                failing.get(0));
        assertEquals("| qa-2 | &lt;script&gt;alert(1)&lt;/script&gt; làm hộ chiếu phổ thông ở đâu? | answered | answered | 2.002387 | 1.000001 | "
                        + "agency: Cục Quản lý xuất nhập cảnh; deadline: 8 ngày làm việc | "
                        + "answered about 1.000001, not an expected procedure; 2 key facts missed; 1 figure not in the record |",
                failing.get(1));
    }

    @Test
    void capsTheFailingListAndCountsTheRest(@TempDir Path dir) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < EvalRun.FAILURES_SHOWN + 3; i++) {
            GoldCase c = ReportFixtures.gold("c-" + i, "câu hỏi " + i, "answered", List.of("1.000001"), List.of(), List.of("t"));
            results.add(ReportFixtures.result(c, List.of("9.999999"), 1.0));
        }

        new ReportWriter(KnowledgeBaseJson.mapper()).write(dir, List.of(Path.of("g.jsonl")), results);
        List<String> md = lines(dir);

        assertEquals(EvalRun.FAILURES_SHOWN, md.stream().filter(l -> l.startsWith("| c-")).count());
        assertTrue(md.contains("## Failing cases (53 of 53)"));
        assertTrue(md.contains("… and 3 more (every case is in results.csv)."));
    }

    @Test
    void omitsAnswerSectionsInARetrievalOnlyRun(@TempDir Path dir) throws IOException {
        ReportFixtures.writeRetrievalOnly(dir);

        String md = Files.readString(dir.resolve("report.md"));

        assertFalse(md.contains("## Answers"));
        assertFalse(md.contains("status accuracy"));
        assertTrue(md.contains("| qa-2 | &lt;script&gt;alert(1)&lt;/script&gt; làm hộ chiếu phổ thông ở đâu? | 2.002387 | 1.000001 | 2 | first expected procedure at rank 2 |"));
    }

    @Test
    void keepsEveryCellOnOneLine() {
        assertEquals("a \\| b c", MarkdownReport.cell("a | b\r\n  c"));
    }

    @Test
    void sameRunGivesTheSameFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        ReportFixtures.write(a);
        ReportFixtures.write(b);

        for (String f : List.of("report.md", "report.html", "results.csv")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @Test
    void readsRatesOverNoCaseAsADash() {
        assertEquals("– (0/0)", Figures.rate(Map.of("hits", 0, "cases", 0)));
    }
}
