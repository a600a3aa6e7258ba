package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.TextCleaner;
import vn.motcua.search.Hit;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchFilters;

/**
 * Runs every gold question through the procedure searcher, as typed and with its marks removed
 * automatically, and scores the top 10. Cases without expected procedures are kept in the
 * results but not in the retrieval means.
 */
public final class RetrievalEvaluator {

    static final int TOP = 10;

    private final ProcedureSearcher searcher;

    public RetrievalEvaluator(ProcedureSearcher searcher) {
        this.searcher = requireNonNull(searcher, "searcher may not be null");
    }

    /** The per-case results, in gold-set order. */
    public List<CaseResult> run(List<GoldCase> cases, Progress progress) {
        List<CaseResult> out = new ArrayList<>();
        int done = 0;
        for (GoldCase c : cases) {
            String text = c.searchText();
            long start = System.nanoTime();
            List<String> ranked = codes(searcher.search(text, TOP, SearchFilters.NONE).hits());
            double ms = (System.nanoTime() - start) / 1e6;
            List<String> deaccented = codes(searcher.search(deaccent(text), TOP, SearchFilters.NONE).hits());
            out.add(new CaseResult(c.id(), c.question(), c.tags(), "", ranked, "", List.of(),
                    RetrievalMetrics.firstRelevantRank(ranked, c.expect()),
                    c.isRetrievalCase() ? RetrievalMetrics.of(ranked, c.expect()) : null,
                    deaccented,
                    c.isRetrievalCase() ? RetrievalMetrics.of(deaccented, c.expect()) : null,
                    ms));
            progress.update(++done, cases.size());
        }
        return out;
    }

    /** The question with every Vietnamese mark removed, case kept where possible. */
    public static String deaccent(String question) {
        StringBuilder b = new StringBuilder(question.length());
        String nfc = TextCleaner.clean(question);
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            String folded = TextCleaner.fold(ch);
            b.append(Character.isUpperCase(cp) ? folded.toUpperCase(java.util.Locale.ROOT) : folded);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static List<String> codes(List<Hit> hits) {
        return hits.stream().map(Hit::code).toList();
    }

    /** Means overall and per tag, as typed or de-accented. */
    public static Map<String, RetrievalMetrics> byTag(List<CaseResult> results, boolean deaccented) {
        Map<String, List<RetrievalMetrics>> groups = new TreeMap<>();
        for (CaseResult r : results) {
            RetrievalMetrics m = deaccented ? r.metricsDeaccented() : r.metrics();
            if (m == null) {
                continue;
            }
            groups.computeIfAbsent("all", k -> new ArrayList<>()).add(m);
            for (String t : r.tags()) {
                groups.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, RetrievalMetrics> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, RetrievalMetrics.mean(v)));
        return out;
    }

    /** Number of scored cases per tag ("all" included). */
    public static Map<String, Integer> counts(List<CaseResult> results) {
        Map<String, Integer> out = new TreeMap<>();
        for (CaseResult r : results) {
            if (r.metrics() == null) {
                continue;
            }
            out.merge("all", 1, Integer::sum);
            r.tags().forEach(t -> out.merge(t, 1, Integer::sum));
        }
        return out;
    }
}
