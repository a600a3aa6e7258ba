package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.motcua.catalog.Progress;
import vn.motcua.search.Hit;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchFilters;

/**
 * Retrieval on automatic variants of every question (marks removed, one typo, abbreviations),
 * beside the question as typed: the means per variant and the drop from the typed figures.
 */
public final class Robustness {

    private final ProcedureSearcher searcher;

    public Robustness(ProcedureSearcher searcher) {
        this.searcher = requireNonNull(searcher, "searcher may not be null");
    }

    /** {"typed": {...}, "deaccented": {..., "drop": {...}}, "typo": ..., "abbreviations": ..., "cases": n}. */
    public Map<String, Object> run(List<GoldCase> cases, Progress progress) {
        Map<String, BiFunction<GoldCase, String, String>> variants = new LinkedHashMap<>();
        variants.put("typed", (c, q) -> q);
        variants.put("deaccented", (c, q) -> RetrievalEvaluator.deaccent(q));
        variants.put("typo", (c, q) -> QuestionVariants.withTypo(c.id(), q));
        variants.put("abbreviations", (c, q) -> QuestionVariants.withAbbreviations(q));
        Map<String, List<RetrievalMetrics>> per = new LinkedHashMap<>();
        variants.keySet().forEach(k -> per.put(k, new ArrayList<>()));
        int done = 0;
        int scored = 0;
        for (GoldCase c : cases) {
            if (c.isRetrievalCase()) {
                scored++;
                for (Map.Entry<String, BiFunction<GoldCase, String, String>> v : variants.entrySet()) {
                    String text = v.getValue().apply(c, c.searchText());
                    List<String> ranked = searcher.search(text, RetrievalEvaluator.TOP, SearchFilters.NONE).hits().stream().map(Hit::code).toList();
                    per.get(v.getKey()).add(RetrievalMetrics.of(ranked, c.expect()));
                }
            }
            progress.update(++done, cases.size());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cases", scored);
        Map<String, Double> typed = RetrievalMetrics.mean(per.get("typed")).toMap();
        for (String k : variants.keySet()) {
            Map<String, Object> m = new LinkedHashMap<>(RetrievalMetrics.mean(per.get(k)).toMap());
            if (!k.equals("typed")) {
                Map<String, Double> v = RetrievalMetrics.mean(per.get(k)).toMap();
                Map<String, Double> drop = new LinkedHashMap<>();
                typed.forEach((metric, value) -> drop.put(metric, RetrievalMetrics.round(value - v.get(metric))));
                m.put("drop", drop);
            }
            out.put(k, m);
        }
        return out;
    }
}
