package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.ProcedureSearcher;

/** Decision rules of the planner that read corpus statistics, over a real index of the fixture records. */
class AnswerPlannerTest {

    @TempDir
    static Path dir;
    private static LiveIndex index;
    private static ProcedureSearcher searcher;
    private static AnswerPlanner planner;

    @BeforeAll
    static void open() {
        index = AnswerFixtures.index(dir);
        searcher = AnswerFixtures.procedures(index);
        planner = new AnswerPlanner(searcher, InputGuard.bundled(1000));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** "ngủ ngon", "ngon hơn": pairs no record holds side by side, whatever their syllables share with records. */
    @Test
    void aQuestionWhosePairsNoRecordHoldsIsForeign() {
        assertTrue(planner.isForeignToCatalogue("lam sao de ngu ngon hon", Set.of("ngu", "ngon", "hon")));
    }

    @Test
    void aQuestionWhosePairsRecordsHoldIsNotForeign() {
        assertFalse(planner.isForeignToCatalogue("dang ky ket hon co yeu to nuoc ngoai", Set.of("ket", "hon", "yeu", "nuoc", "ngoai")));
    }

    /** One pair is too little to judge by: "nuôi chó" is unknown to the catalogue but still a question for it. */
    @Test
    void aSinglePairIsNotEnoughToJudge() {
        assertFalse(planner.isForeignToCatalogue("dang ky nuoi cho", Set.of("nuoi", "cho")));
    }

    /** The corpus statistic the rule reads: {@link ProcedureSearcher#knownPairs}. */
    @Nested
    class KnownPairs {

        /** A pair in a name ("khai tu") counts; one no record holds ("ngu ngon") does not. */
        @Test
        void countsOnlyPairsSomeRecordHoldsSideBySide() {
            assertEquals(1, searcher.knownPairs(List.of("khai tu", "ngu ngon")));
        }

        /** A pair only the steps of a record hold ("phiếu xin lỗi") counts too: bodies have no shingles, a phrase query finds it. */
        @Test
        void findsAPairInABodyText() {
            assertEquals(1, searcher.knownPairs(List.of("xin loi")));
        }

        @Test
        void noPairsNoneKnown() {
            assertEquals(0, searcher.knownPairs(List.of()));
        }
    }
}
