package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.motcua.catalog.Progress;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchSettings;

/**
 * The analysis ablation: the same gold questions over the same index, with the query side
 * switched from Lucene's StandardAnalyzer to the full Vietnamese chain one part at a time. Each
 * rung is scored as typed, with marks removed, and typed in decomposed Unicode (NFD).
 */
public final class Ablation {

    /** One configuration and its label. */
    public record Rung(String label, SearchSettings settings) {}

    /** Scores of one rung. */
    public record Row(String label, RetrievalMetrics typed, RetrievalMetrics deaccented, RetrievalMetrics nfd) {}

    public static final List<Rung> RUNGS = List.of(
            new Rung("StandardAnalyzer, name + body (baseline)", new SearchSettings(true, false, false, false, false, false, false, false)),
            new Rung("+ NFKC case folding, syllables with marks, per-field", new SearchSettings(false, false, false, false, false, false, false, false)),
            new Rung("+ folded field (marks removed)", new SearchSettings(false, true, false, false, false, false, false, false)),
            new Rung("+ syllable shingles (2–3)", new SearchSettings(false, true, true, false, false, false, false, false)),
            new Rung("+ field weights (name ≫ keywords > documents > body)", new SearchSettings(false, true, true, true, false, false, false, false)),
            new Rung("+ question-filler stopwords", new SearchSettings(false, true, true, true, true, false, false, false)),
            new Rung("+ facet words down-weighted (bao lâu, lệ phí, …)", new SearchSettings(false, true, true, true, true, true, false, false)),
            new Rung("+ synonyms and abbreviations", new SearchSettings(false, true, true, true, true, true, true, false)),
            new Rung("+ re-ranking: name coverage (syllables, pairs), level, who may apply (production)", SearchSettings.PRODUCTION));

    private final Function<SearchSettings, ProcedureSearcher> searchers;

    public Ablation(Function<SearchSettings, ProcedureSearcher> searchers) {
        this.searchers = requireNonNull(searchers, "searchers may not be null");
    }

    public List<Row> run(List<GoldCase> cases, Progress progress) {
        List<GoldCase> nfd = cases.stream()
                .map(c -> new GoldCase(c.id(), Normalizer.normalize(c.question(), Normalizer.Form.NFD), c.history(), c.expect(), c.tags()))
                .toList();
        List<Row> rows = new ArrayList<>();
        int done = 0;
        for (Rung r : RUNGS) {
            RetrievalEvaluator e = new RetrievalEvaluator(searchers.apply(r.settings()));
            List<CaseResult> typed = e.run(cases, Progress.NONE);
            List<CaseResult> decomposed = e.run(nfd, Progress.NONE);
            rows.add(new Row(r.label(),
                    RetrievalEvaluator.byTag(typed, false).get("all"),
                    RetrievalEvaluator.byTag(typed, true).get("all"),
                    RetrievalEvaluator.byTag(decomposed, false).get("all")));
            progress.update(++done, RUNGS.size());
        }
        return rows;
    }

    /** A Markdown table of the rows. */
    public static String markdown(List<Row> rows, int cases) {
        StringBuilder b = new StringBuilder();
        b.append("| configuration (").append(cases).append(" questions) | Recall@5 | MRR@10 | Recall@5 de-accented | MRR@10 de-accented | Recall@5 NFD |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.label(), r.typed().recallAt5(),
                    r.typed().mrrAt10(), r.deaccented().recallAt5(), r.deaccented().mrrAt10(), r.nfd().recallAt5()));
        }
        return b.toString();
    }
}
