package vn.motcua.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retrieval metrics of one ranked list against a gold case, and their means. Relevant = any code
 * of procedures ∪ acceptable. Hit@1, Recall@k (the case counts when a relevant code is in the top
 * k) and MRR@10 use that set; nDCG@10 grades procedures with gain 1 and acceptable codes with 0.5.
 */
public record RetrievalMetrics(double hitAt1, double recallAt5, double recallAt10, double mrrAt10, double ndcgAt10) {

    public static final RetrievalMetrics ZERO = new RetrievalMetrics(0, 0, 0, 0, 0);

    /** Scores one ranked list. */
    public static RetrievalMetrics of(List<String> ranked, GoldCase.Expect expect) {
        int first = firstRelevantRank(ranked, expect);
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(ranked.get(i), expect) / log2(i + 2);
        }
        double idcg = 0;
        int pos = 0;
        for (int i = 0; i < expect.procedures().size() && pos < 10; i++, pos++) {
            idcg += 1.0 / log2(pos + 2);
        }
        for (String a : expect.acceptable()) {
            if (pos >= 10 || expect.procedures().contains(a)) {
                continue;
            }
            idcg += 0.5 / log2(pos + 2);
            pos++;
        }
        return new RetrievalMetrics(
                first == 1 ? 1 : 0,
                first >= 1 && first <= 5 ? 1 : 0,
                first >= 1 && first <= 10 ? 1 : 0,
                first >= 1 && first <= 10 ? 1.0 / first : 0,
                idcg == 0 ? 0 : Math.min(1.0, dcg / idcg));
    }

    /** 1-based rank of the first relevant code, or 0 when none is ranked. */
    public static int firstRelevantRank(List<String> ranked, GoldCase.Expect expect) {
        for (int i = 0; i < ranked.size(); i++) {
            if (gain(ranked.get(i), expect) > 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double gain(String code, GoldCase.Expect e) {
        return e.procedures().contains(code) ? 1.0 : e.acceptable().contains(code) ? 0.5 : 0.0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The mean of many. */
    public static RetrievalMetrics mean(List<RetrievalMetrics> all) {
        if (all.isEmpty()) {
            return ZERO;
        }
        double h = 0, r5 = 0, r10 = 0, m = 0, n = 0;
        for (RetrievalMetrics x : all) {
            h += x.hitAt1;
            r5 += x.recallAt5;
            r10 += x.recallAt10;
            m += x.mrrAt10;
            n += x.ndcgAt10;
        }
        int c = all.size();
        return new RetrievalMetrics(h / c, r5 / c, r10 / c, m / c, n / c);
    }

    /** The fixed report keys. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("hit_at_1", round(hitAt1));
        m.put("recall_at_5", round(recallAt5));
        m.put("recall_at_10", round(recallAt10));
        m.put("mrr_at_10", round(mrrAt10));
        m.put("ndcg_at_10", round(ndcgAt10));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
