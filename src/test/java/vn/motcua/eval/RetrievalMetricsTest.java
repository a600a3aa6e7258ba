package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

    private static GoldCase.Expect expect(List<String> procedures, List<String> acceptable) {
        return new GoldCase.Expect("answered", procedures, acceptable, List.of());
    }

    @Test
    void firstRankHitScoresOneEverywhere() {
        RetrievalMetrics m = RetrievalMetrics.of(List.of("1.000001", "1.000002"), expect(List.of("1.000001"), List.of()));

        assertEquals(new RetrievalMetrics(1, 1, 1, 1, 1), m);
    }

    @Test
    void thirdRankHit() {
        RetrievalMetrics m = RetrievalMetrics.of(List.of("a", "b", "1.000001"), expect(List.of("1.000001"), List.of()));

        assertEquals(0, m.hitAt1());
        assertEquals(1, m.recallAt5());
        assertEquals(1.0 / 3, m.mrrAt10(), 1e-9);
        assertEquals(1 / (Math.log(4) / Math.log(2)), m.ndcgAt10(), 1e-9);
    }

    @Test
    void sixthRankCountsForRecallAtTenOnly() {
        RetrievalMetrics m = RetrievalMetrics.of(List.of("a", "b", "c", "d", "e", "1.000001"), expect(List.of("1.000001"), List.of()));

        assertEquals(0, m.recallAt5());
        assertEquals(1, m.recallAt10());
    }

    @Test
    void acceptableCodeIsAHitWithHalfGain() {
        RetrievalMetrics m = RetrievalMetrics.of(List.of("1.000009"), expect(List.of("1.000001"), List.of("1.000009")));

        assertEquals(1, m.hitAt1());
        assertEquals(1, m.mrrAt10());
        // DCG 0.5 at rank 1; ideal: 1 at rank 1, 0.5 at rank 2.
        assertEquals(0.5 / (1 + 0.5 / (Math.log(3) / Math.log(2))), m.ndcgAt10(), 1e-9);
    }

    @Test
    void missScoresZero() {
        assertEquals(RetrievalMetrics.ZERO, RetrievalMetrics.of(List.of("x"), expect(List.of("1.000001"), List.of())));
    }

    @Test
    void meanAveragesEachMetric() {
        RetrievalMetrics m = RetrievalMetrics.mean(List.of(new RetrievalMetrics(1, 1, 1, 1, 1), RetrievalMetrics.ZERO));

        assertEquals(new RetrievalMetrics(0.5, 0.5, 0.5, 0.5, 0.5), m);
    }
}
