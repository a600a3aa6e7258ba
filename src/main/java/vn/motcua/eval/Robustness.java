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

    /**
     * {"typed": {...}, "deaccented": {..., "drop": {...}}, "typo": ..., "abbreviations": ..., "cases": n}. The typed and
     * de-accented figures are read from {@code results} (the retrieval run already searched both); only the typo and
     * abbreviation variants are searched here.
     */
    public Map<String, Object> run(List<GoldCase> cases, List<CaseResult> results, Progress progress) {
        Map<String, BiFunction<GoldCase, String, String>> variants = new LinkedHashMap<>();
        variants.put("typo", (c, q) -> QuestionVariants.withTypo(c.id(), q));
        variants.put("abbreviations", (c, q) -> QuestionVariants.withAbbreviations(q));
        Map<String, List<RetrievalMetrics>> per = new LinkedHashMap<>();
        per.put("typed", new ArrayList<>());
        per.put("deaccented", new ArrayList<>());
        variants.keySet().forEach(k -> per.put(k, new ArrayList<>()));
        for (CaseResult r : results) {
            if (r.metrics() != null) {
                per.get("typed").add(r.metrics());
                per.get("deaccented").add(r.metricsDeaccented());
            }
        }
        int done = 0;
        for (GoldCase c : cases) {
            if (c.isRetrievalCase()) {
                for (Map.Entry<String, BiFunction<GoldCase, String, String>> v : variants.entrySet()) {
                    String text = v.getValue().apply(c, c.searchText());
                    List<String> ranked = searcher.search(text, RetrievalEvaluator.TOP, SearchFilters.NONE).hits().stream().map(Hit::code).toList();
                    per.get(v.getKey()).add(RetrievalMetrics.of(ranked, c.expect()));
                }
            }
            progress.update(++done, cases.size());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cases", per.get("typed").size());
        Map<String, Double> typed = RetrievalMetrics.mean(per.get("typed")).toMap();
        for (Map.Entry<String, List<RetrievalMetrics>> e : per.entrySet()) {
            Map<String, Double> v = RetrievalMetrics.mean(e.getValue()).toMap();
            Map<String, Object> m = new LinkedHashMap<>(v);
            if (!e.getKey().equals("typed")) {
                Map<String, Double> drop = new LinkedHashMap<>();
                typed.forEach((metric, value) -> drop.put(metric, RetrievalMetrics.round(value - v.get(metric))));
                m.put("drop", drop);
            }
            out.put(e.getKey(), m);
        }
        return out;
    }
}
