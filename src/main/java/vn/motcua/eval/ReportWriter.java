package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.AtomicFiles;

/**
 * Writes {@code results.jsonl} (one line per case) and {@code report.json} (fixed keys, documented
 * in eval/README.md) into the output folder, then the reviewers' {@code report.md}, {@code report.html}
 * and {@code results.csv}. Apart from latencies the output depends only on the
 * gold set, the knowledge base and the code, so two runs can be diffed.
 */
public final class ReportWriter {

    private final ObjectMapper json;

    public ReportWriter(ObjectMapper json) {
        this.json = requireNonNull(json, "json may not be null").copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    }

    /** Writes both files for retrieval only; returns the report object. */
    public Map<String, Object> write(Path dir, List<Path> goldFiles, List<CaseResult> results) {
        return write(dir, goldFiles, List.of(), results, Map.of());
    }

    /** Writes both files, with the answer pipeline's outcomes where given; returns the report object. */
    public Map<String, Object> write(Path dir, List<Path> goldFiles, List<GoldCase> cases, List<CaseResult> results,
            Map<String, AnswerOutcome> outcomes) {
        return write(dir, goldFiles, cases, results, outcomes, Map.of());
    }

    /**
     * As above, with further top-level report keys computed by the caller (the mode, the model and its
     * digest, the robustness figures).
     */
    public Map<String, Object> write(Path dir, List<Path> goldFiles, List<GoldCase> cases, List<CaseResult> results,
            Map<String, AnswerOutcome> outcomes, Map<String, Object> extra) {
        Map<String, GoldCase> gold = new java.util.HashMap<>();
        cases.forEach(c -> gold.put(c.id(), c));
        StringBuilder lines = new StringBuilder();
        for (CaseResult r : results) {
            AnswerOutcome o = outcomes.get(r.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("question", r.question());
            m.put("status", o == null ? r.status() : o.status());
            m.put("ranked", r.ranked());
            m.put("answer", o == null ? r.answer() : o.answer());
            m.put("citations", o == null ? r.citations() : o.citations());
            if (o != null) {
                m.put("procedure", o.procedure());
                m.put("facts_found", o.factsFound());
                m.put("facts_missed", o.factsMissed());
                m.put("unsupported", o.unsupported());
                m.put("invalid_citations", o.invalidCitations());
                m.put("answer_latency_ms", Math.round(o.latencyMs() * 100) / 100.0);
                m.put("confidence", Double.isNaN(o.confidence()) ? null : Math.round(o.confidence() * 1000) / 1000.0);
                GoldCase c = gold.get(r.id());
                if (c != null) {
                    CaseVerdict v = CaseVerdict.of(c, o);
                    m.put("expected_status", c.expect().status());
                    m.put("pass", v.pass());
                    m.put("failures", v.failures());
                }
            }
            m.put("first_relevant_rank", r.firstRelevantRank());
            m.put("ranked_deaccented", r.rankedDeaccented());
            m.put("latency_ms", Math.round(r.latencyMs() * 100) / 100.0);
            lines.append(toJson(m)).append('\n');
        }
        Map<String, Object> report = report(goldFiles, cases, results, outcomes);
        report.putAll(extra);
        writeAtomically(dir.resolve("results.jsonl"), lines.toString());
        try {
            writeAtomically(dir.resolve("report.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise report", e);
        }
        new ReviewerReports().write(dir, new EvalRun(goldFiles, cases, results, outcomes, report));
        return report;
    }

    /** The report object without writing anything: retrieval figures, and answer figures where outcomes are given. */
    public static Map<String, Object> report(List<Path> goldFiles, List<GoldCase> cases, List<CaseResult> results,
            Map<String, AnswerOutcome> outcomes) {
        Map<String, Object> report = report(goldFiles, results);
        if (!outcomes.isEmpty()) {
            report.put("answers", AnswerMetrics.of(cases, outcomes));
        }
        return report;
    }

    static Map<String, Object> report(List<Path> goldFiles, List<CaseResult> results) {
        Map<String, RetrievalMetrics> typed = RetrievalEvaluator.byTag(results, false);
        Map<String, RetrievalMetrics> plain = RetrievalEvaluator.byTag(results, true);
        Map<String, Integer> counts = RetrievalEvaluator.counts(results);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("gold_files", goldFiles.stream().map(Path::toString).toList());
        report.put("cases", results.size());
        report.put("retrieval_cases", counts.getOrDefault("all", 0));
        report.put("retrieval", typed.getOrDefault("all", RetrievalMetrics.ZERO).toMap());
        report.put("retrieval_deaccented", plain.getOrDefault("all", RetrievalMetrics.ZERO).toMap());
        report.put("deaccent_drop", drop(typed.getOrDefault("all", RetrievalMetrics.ZERO), plain.getOrDefault("all", RetrievalMetrics.ZERO)));
        Map<String, Object> perTag = new LinkedHashMap<>();
        typed.forEach((tag, m) -> {
            if (tag.equals("all")) {
                return;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("cases", counts.get(tag));
            t.put("retrieval", m.toMap());
            t.put("retrieval_deaccented", plain.get(tag).toMap());
            perTag.put(tag, t);
        });
        report.put("per_tag", perTag);
        report.put("latency_ms", Percentiles.summary(results.stream().map(CaseResult::latencyMs).toList()));
        return report;
    }

    private static Map<String, Double> drop(RetrievalMetrics a, RetrievalMetrics b) {
        Map<String, Double> m = new LinkedHashMap<>();
        Map<String, Double> x = a.toMap();
        Map<String, Double> y = b.toMap();
        x.forEach((k, v) -> m.put(k, RetrievalMetrics.round(v - y.get(k))));
        return m;
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise result", e);
        }
    }

    private static void writeAtomically(Path target, String content) {
        AtomicFiles.write(target, content);
    }
}
