package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One finished evaluation as the readable reports see it: the gold files and cases, the per-case
 * results and answer outcomes (empty for a retrieval-only run), and the report object exactly as
 * written to report.json, so every figure in report.md and report.html is the one in report.json.
 */
record EvalRun(
        List<Path> goldFiles,
        List<GoldCase> cases,
        List<CaseResult> results,
        Map<String, AnswerOutcome> outcomes,
        Map<String, Object> report) {

    /** How many failing cases report.md and report.html list; results.csv always has every case. */
    static final int FAILURES_SHOWN = 50;

    EvalRun {
        goldFiles = List.copyOf(goldFiles);
        cases = List.copyOf(cases);
        results = List.copyOf(results);
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(outcomes, "outcomes may not be null")));
        report = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(report, "report may not be null")));
    }

    /** True when the answer pipeline ran, so the answer sections apply. */
    boolean hasAnswers() {
        return !outcomes.isEmpty();
    }

    /** The report's {@code answers} object; empty for a retrieval-only run. */
    Map<String, Object> answers() {
        return Figures.map(report.get("answers"));
    }

    /** One row per case, in the order of the results. */
    List<CaseRow> rows() {
        Map<String, GoldCase> gold = cases.stream()
                .collect(Collectors.toMap(GoldCase::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return results.stream().map(r -> new CaseRow(r, gold.get(r.id()), outcomes.get(r.id()))).toList();
    }

    /** The rows that have at least one problem, the worst first, in the order of the results within each degree. */
    List<CaseRow> failures() {
        return rows().stream().filter(CaseRow::fails).sorted(Comparator.comparingInt(CaseRow::severity)).toList();
    }
}
