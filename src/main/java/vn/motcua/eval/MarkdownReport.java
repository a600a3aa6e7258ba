package vn.motcua.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders report.md: the run's figures as report.json gives them (a rate as "value (hits/cases)"),
 * in tables a reviewer can read in any Markdown viewer, and the failing cases. Text from the gold
 * set is printed as is, except that characters which would break a table or become HTML are escaped.
 */
final class MarkdownReport {

    private static final Map<String, String> RETRIEVAL = labels(
            "hit_at_1", "Hit@1",
            "recall_at_5", "Recall@5",
            "recall_at_10", "Recall@10",
            "mrr_at_10", "MRR@10",
            "ndcg_at_10", "nDCG@10");

    private static final Map<String, String> ANSWER_RATES = labels(
            "status_accuracy", "Status accuracy",
            "refusal_recall", "Refusal recall (refused or emergency expected)",
            "false_refusal_rate", "False refusals (others refused)",
            "clarify_recall", "Clarify recall",
            "no_information_recall", "No-information recall",
            "answered_procedure_accuracy", "Answered about an expected procedure",
            "follow_up_resolution", "Follow-ups resolved",
            "key_fact_recall", "Key-fact recall",
            "key_fact_recall_right_procedure", "Key-fact recall when the procedure is right",
            "answers_with_unsupported_figures", "Answers with a figure the record does not hold");

    /** The whole document. */
    String render(EvalRun run) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> r = run.report();
        b.append("# motcua evaluation report\n\n");
        b.append("Gold files: ")
                .append(run.goldFiles().stream().map(p -> "`" + cell(p.toString()) + "`").collect(Collectors.joining(", ")))
                .append("  \n");
        b.append("Cases: ").append(Figures.number(r.get("cases")))
                .append(" (").append(Figures.number(r.get("retrieval_cases"))).append(" with expected procedures)\n\n");
        if (r.get("mode") != null) {
            b.append("Mode: ").append(cell(String.valueOf(r.get("mode"))))
                    .append(r.get("model") == null ? "" : " (" + cell(String.valueOf(r.get("model"))) + ")").append("\n\n");
        }
        retrieval(b, r);
        robustness(b, r);
        if (run.hasAnswers()) {
            answers(b, run.answers());
        }
        perTag(b, r, run.answers());
        latency(b, r, run.answers());
        failures(b, run);
        return b.toString();
    }

    private static void retrieval(StringBuilder b, Map<String, Object> r) {
        b.append("## Retrieval\n\n");
        Map<String, Object> typed = Figures.map(r.get("retrieval"));
        Map<String, Object> plain = Figures.map(r.get("retrieval_deaccented"));
        Map<String, Object> drop = Figures.map(r.get("deaccent_drop"));
        List<List<String>> rows = new ArrayList<>();
        RETRIEVAL.forEach((key, label) -> rows.add(List.of(label, Figures.number(typed.get(key)),
                Figures.number(plain.get(key)), Figures.number(drop.get(key)))));
        table(b, List.of("metric", "typed", "de-accented", "drop (typed − de-accented)"), rows);
    }

    /** Retrieval on the automatic variants of each question, when the run measured them. */
    private static void robustness(StringBuilder b, Map<String, Object> r) {
        if (!(r.get("robustness") instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> rb = Figures.map(r.get("robustness"));
        b.append("### Robustness (").append(Figures.number(rb.get("cases"))).append(" questions)\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (String variant : List.of("typed", "deaccented", "typo", "abbreviations")) {
            Map<String, Object> v = Figures.map(rb.get(variant));
            Map<String, Object> drop = v.get("drop") == null ? Map.of() : Figures.map(v.get("drop"));
            rows.add(List.of(variant, Figures.number(v.get("hit_at_1")), Figures.number(v.get("recall_at_5")), Figures.number(v.get("mrr_at_10")),
                    drop.isEmpty() ? "" : Figures.number(drop.get("hit_at_1")) + " / " + Figures.number(drop.get("recall_at_5"))));
        }
        table(b, List.of("question", "Hit@1", "Recall@5", "MRR@10", "drop Hit@1 / Recall@5"), rows);
    }

    private static void answers(StringBuilder b, Map<String, Object> a) {
        b.append("## Answers\n\n");
        List<List<String>> rows = new ArrayList<>();
        ANSWER_RATES.forEach((key, label) -> rows.add(List.of(label, Figures.rate(a.get(key)))));
        rows.add(List.of("Unsupported figures (count)", Figures.number(a.get("unsupported_figures"))));
        table(b, List.of("metric", "value (hits/cases)"), rows);

        b.append("### Status: expected (rows) against got (columns)\n\n");
        Map<String, Object> confusion = Figures.map(a.get("status_confusion"));
        List<String> got = confusionColumns(confusion);
        List<String> header = new ArrayList<>(List.of("expected \\ got"));
        header.addAll(got);
        header.add("cases");
        List<List<String>> matrix = new ArrayList<>();
        for (String want : ordered(confusion.keySet())) {
            Map<String, Object> line = Figures.map(confusion.get(want));
            List<String> row = new ArrayList<>(List.of(cell(want)));
            int total = 0;
            for (String g : got) {
                int n = Figures.integer(line.get(g));
                total += n;
                row.add(String.valueOf(n));
            }
            row.add(String.valueOf(total));
            matrix.add(row);
        }
        table(b, header, matrix);

        b.append("### Key-fact recall by fact type\n\n");
        List<List<String>> facts = new ArrayList<>();
        Figures.map(a.get("key_fact_recall_by_type")).forEach((type, rate) -> facts.add(List.of(cell(type), Figures.rate(rate))));
        table(b, List.of("fact type", "recall (found/facts)"), facts);
    }

    private static void perTag(StringBuilder b, Map<String, Object> r, Map<String, Object> a) {
        Map<String, Object> retrieval = Figures.map(r.get("per_tag"));
        Map<String, Object> status = Figures.map(a.get("status_accuracy_by_tag"));
        TreeSet<String> tags = new TreeSet<>(retrieval.keySet());
        tags.addAll(status.keySet());
        if (tags.isEmpty()) {
            return;
        }
        b.append("## Per tag\n\n");
        List<String> header = new ArrayList<>(List.of("tag", "retrieval cases", "Hit@1", "Recall@5", "MRR@10", "Hit@1 de-accented"));
        if (!a.isEmpty()) {
            header.add("status accuracy (hits/cases)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String tag : tags) {
            Map<String, Object> t = Figures.map(retrieval.get(tag));
            Map<String, Object> typed = Figures.map(t.get("retrieval"));
            List<String> row = new ArrayList<>(List.of(cell(tag), t.isEmpty() ? "0" : Figures.number(t.get("cases")),
                    Figures.number(typed.get("hit_at_1")), Figures.number(typed.get("recall_at_5")),
                    Figures.number(typed.get("mrr_at_10")),
                    Figures.number(Figures.map(t.get("retrieval_deaccented")).get("hit_at_1"))));
            if (!a.isEmpty()) {
                row.add(status.containsKey(tag) ? Figures.rate(status.get(tag)) : "–");
            }
            rows.add(row);
        }
        table(b, header, rows);
    }

    private static void latency(StringBuilder b, Map<String, Object> r, Map<String, Object> a) {
        b.append("## Latency (ms)\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(latencyRow("search (typed question)", Figures.map(r.get("latency_ms"))));
        if (!a.isEmpty()) {
            rows.add(latencyRow("answer (last turn)", Figures.map(a.get("latency_ms"))));
        }
        table(b, List.of("stage", "p50", "p95", "p99", "max"), rows);
    }

    private static List<String> latencyRow(String stage, Map<String, Object> l) {
        return List.of(stage, Figures.number(l.get("p50")), Figures.number(l.get("p95")), Figures.number(l.get("p99")),
                Figures.number(l.get("max")));
    }

    private static void failures(StringBuilder b, EvalRun run) {
        List<CaseRow> failing = run.failures();
        b.append("## Failing cases (").append(failing.size()).append(" of ").append(run.results().size()).append(")\n\n");
        if (failing.isEmpty()) {
            b.append("None.\n");
            return;
        }
        b.append(run.hasAnswers()
                ? "Worst first: a wrong status, a figure not in the record, an answer about another procedure, a missed key fact.\n\n"
                : "Questions whose first result is not an expected procedure.\n\n");
        List<String> header = run.hasAnswers()
                ? List.of("id", "question", "expected status", "got status", "expected procedures", "got procedure", "facts missed", "problems")
                : List.of("id", "question", "expected procedures", "ranked first", "first relevant rank", "problems");
        List<List<String>> rows = new ArrayList<>();
        for (CaseRow c : failing.subList(0, Math.min(EvalRun.FAILURES_SHOWN, failing.size()))) {
            String expected = cell(String.join(", ", c.expectedProcedures()));
            String problems = cell(String.join("; ", c.problems()));
            rows.add(run.hasAnswers()
                    ? List.of(cell(c.id()), cell(c.question()), cell(c.expectedStatus()), cell(c.status()), expected,
                            cell(c.procedure()), cell(CaseRow.facts(c.factsMissed())), problems)
                    : List.of(cell(c.id()), cell(c.question()), expected, cell(c.topRanked()),
                            String.valueOf(c.result().firstRelevantRank()), problems));
        }
        table(b, header, rows);
        if (failing.size() > EvalRun.FAILURES_SHOWN) {
            b.append("… and ").append(failing.size() - EvalRun.FAILURES_SHOWN).append(" more (every case is in results.csv).\n");
        }
    }

    /** The statuses seen as "got", the five known ones first and always, then any other in order. */
    static List<String> confusionColumns(Map<String, Object> confusion) {
        List<String> out = new ArrayList<>(Figures.STATUSES);
        TreeSet<String> extra = new TreeSet<>();
        confusion.values().forEach(v -> extra.addAll(Figures.map(v).keySet()));
        extra.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    /** The known statuses in report order, then any other in alphabetical order. */
    static List<String> ordered(Set<String> statuses) {
        List<String> out = new ArrayList<>(Figures.STATUSES.stream().filter(statuses::contains).toList());
        new TreeSet<>(statuses).stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        b.append("| ").append(String.join(" | ", header)).append(" |\n");
        b.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            b.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        b.append('\n');
    }

    /** Text for a table cell: one line, pipes and backslashes escaped, no raw HTML. */
    static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static Map<String, String> labels(String... keysAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            m.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return m;
    }
}
