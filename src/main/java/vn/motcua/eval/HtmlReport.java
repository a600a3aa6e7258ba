package vn.motcua.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders report.html, one self-contained page for a reviewer who does not program: inline CSS and
 * SVG charts (no script, no CDN, no other file), plain English labels, shares as percentages with
 * their counts. Every piece of text from the run is escaped, so a gold question cannot inject markup.
 */
final class HtmlReport {

    static final String TITLE = "motcua evaluation report";

    private static final int MAX_BINS = 12;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#212121;line-height:1.45}
            h1{margin:0 0 4px}h2{margin-top:36px;border-bottom:2px solid #cfd8dc;padding-bottom:4px}
            p.note{color:#546e7a;margin:4px 0 12px}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
            .card{border:1px solid #cfd8dc;border-radius:8px;padding:12px 16px;min-width:150px;background:#fafafa}
            .card .v{font-size:28px;font-weight:600}.card .k{color:#546e7a;font-size:14px}.card .n{color:#78909c;font-size:13px}
            table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #cfd8dc;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eceff1}td.num{text-align:right;font-variant-numeric:tabular-nums}td.hit{background:#e8f5e9;font-weight:600}td.miss{background:#ffebee}
            td.q{white-space:pre-wrap;min-width:240px;max-width:380px}td.id{white-space:nowrap}
            svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}svg.chart text{font-size:12px;fill:#263238}
            .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
            """;

    /** The whole page. */
    String render(EvalRun run) {
        Map<String, Object> r = run.report();
        Map<String, Object> a = run.answers();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(TITLE).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(TITLE).append("</h1>\n<p class=\"note\">Gold files: ")
                .append(run.goldFiles().stream().map(p -> HtmlText.escape(p.toString())).collect(Collectors.joining(", ")))
                .append("</p>\n");
        headline(b, run, r, a);
        retrieval(b, r);
        categories(b, r, a);
        if (run.hasAnswers()) {
            answers(b, a);
        }
        latency(b, run, r, a);
        failures(b, run);
        return b.append("</body>\n</html>\n").toString();
    }

    private static void headline(StringBuilder b, EvalRun run, Map<String, Object> r, Map<String, Object> a) {
        Map<String, Object> retrieval = Figures.map(r.get("retrieval"));
        int retrievalCases = Figures.integer(r.get("retrieval_cases"));
        b.append("<section id=\"headline\"><div class=\"cards\">\n");
        card(b, "Questions asked", Figures.number(r.get("cases")), retrievalCases + " with an expected procedure");
        if (retrievalCases > 0) {
            card(b, "Right procedure found first", Figures.percent(number(retrieval.get("hit_at_1"))), "Hit@1");
            card(b, "Right procedure in the top 5", Figures.percent(number(retrieval.get("recall_at_5"))), "Recall@5");
        }
        if (run.hasAnswers()) {
            rateCard(b, "Right kind of reply", a.get("status_accuracy"));
            rateCard(b, "Key facts in the answer", a.get("key_fact_recall"));
            card(b, "Figures not in the record", Figures.number(a.get("unsupported_figures")), "should be 0");
        }
        card(b, "Typical search time", Figures.number(Figures.map(r.get("latency_ms")).get("p50")) + " ms", "median (p50)");
        b.append("</div></section>\n");
    }

    private static void retrieval(StringBuilder b, Map<String, Object> r) {
        b.append("<section id=\"retrieval\"><h2>Finding the procedure (search)</h2>\n")
                .append("<p class=\"note\">How often search puts an expected procedure at the top, for the question as typed and with every Vietnamese mark removed.</p>\n");
        Map<String, Object> typed = Figures.map(r.get("retrieval"));
        Map<String, Object> plain = Figures.map(r.get("retrieval_deaccented"));
        b.append("<table><tr><th>measure</th><th>as typed</th><th>without marks</th></tr>\n");
        String[][] rows = {
            {"hit_at_1", "Right procedure first (Hit@1)"},
            {"recall_at_5", "Right procedure in the top 5 (Recall@5)"},
            {"recall_at_10", "Right procedure in the top 10 (Recall@10)"},
            {"mrr_at_10", "Mean reciprocal rank (MRR@10)"},
            {"ndcg_at_10", "Ranking quality (nDCG@10)"}};
        for (String[] row : rows) {
            b.append("<tr><td>").append(row[1]).append("</td><td class=\"num\">").append(Figures.number(typed.get(row[0])))
                    .append("</td><td class=\"num\">").append(Figures.number(plain.get(row[0]))).append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

    private static void categories(StringBuilder b, Map<String, Object> r, Map<String, Object> a) {
        b.append("<section id=\"categories\"><h2>Scores by category</h2>\n")
                .append("<p class=\"note\">Each gold question carries category tags (field, way of writing, kind of question).</p>\n");
        List<SvgChart.Bar> status = new ArrayList<>();
        Figures.map(a.get("status_accuracy_by_tag")).forEach((tag, rate) -> status.add(rateBar(tag, rate)));
        if (!status.isEmpty()) {
            b.append("<h3>Right kind of reply, by category</h3>\n")
                    .append(SvgChart.bars("Right kind of reply, by category", status)).append('\n');
        }
        List<SvgChart.Bar> hits = new ArrayList<>();
        Figures.map(r.get("per_tag")).forEach((tag, t) -> {
            Map<String, Object> m = Figures.map(t);
            double v = number(Figures.map(m.get("retrieval")).get("hit_at_1"));
            int cases = Figures.integer(m.get("cases"));
            hits.add(new SvgChart.Bar(tag, v, Figures.percent(v) + " (" + Math.round(v * cases) + " of " + cases + ")"));
        });
        if (!hits.isEmpty()) {
            b.append("<h3>Right procedure found first, by category</h3>\n")
                    .append(SvgChart.bars("Right procedure found first, by category", hits)).append('\n');
        }
        if (status.isEmpty() && hits.isEmpty()) {
            b.append("<p>No case carries a tag.</p>\n");
        }
        legend(b);
        b.append("</section>\n");
    }

    private static void answers(StringBuilder b, Map<String, Object> a) {
        b.append("<section id=\"answers\"><h2>Answers</h2>\n")
                .append("<p class=\"note\">What the reply did, against what the gold set expects.</p>\n<table><tr><th>measure</th><th>share</th><th>of</th></tr>\n");
        String[][] rows = {
            {"status_accuracy", "Right kind of reply (answer, clarify, refuse, emergency, no information)"},
            {"refusal_recall", "Out-of-scope, emergency and injection questions handled as such"},
            {"false_refusal_rate", "Legitimate questions wrongly refused (lower is better)"},
            {"clarify_recall", "Ambiguous questions answered with a clarifying question"},
            {"no_information_recall", "Procedures not in the catalogue reported as such"},
            {"answered_procedure_accuracy", "Answers about an expected procedure"},
            {"follow_up_resolution", "Follow-up questions resolved to the right procedure"},
            {"key_fact_recall", "Key facts present in the answer"},
            {"key_fact_recall_right_procedure", "Key facts present when the procedure is right"},
            {"answers_with_unsupported_figures", "Answers with a figure the record does not hold (should be 0)"}};
        for (String[] row : rows) {
            Map<String, Object> rate = Figures.map(a.get(row[0]));
            b.append("<tr><td>").append(row[1]).append("</td><td class=\"num\">").append(Figures.percent(Figures.value(rate)))
                    .append("</td><td class=\"num\">").append(Figures.number(rate.get("hits"))).append(" of ")
                    .append(Figures.number(rate.get("cases"))).append("</td></tr>\n");
        }
        b.append("</table>\n");

        b.append("<h3>Key facts found, by type</h3>\n");
        List<SvgChart.Bar> facts = new ArrayList<>();
        Figures.map(a.get("key_fact_recall_by_type")).forEach((type, rate) -> facts.add(rateBar(type, rate)));
        b.append(facts.isEmpty() ? "<p>No case expects key facts.</p>\n" : SvgChart.bars("Key facts found, by type", facts) + "\n");
        legend(b);

        b.append("<h3>Kind of reply: expected (rows) against given (columns)</h3>\n")
                .append("<p class=\"note\">Green cells on the diagonal are right; red cells are mistakes.</p>\n");
        Map<String, Object> confusion = Figures.map(a.get("status_confusion"));
        List<String> got = MarkdownReport.confusionColumns(confusion);
        b.append("<table class=\"confusion\"><tr><th>expected \\ given</th>");
        got.forEach(g -> b.append("<th>").append(HtmlText.escape(g)).append("</th>"));
        b.append("<th>cases</th></tr>\n");
        for (String want : MarkdownReport.ordered(confusion.keySet())) {
            Map<String, Object> line = Figures.map(confusion.get(want));
            b.append("<tr><th>").append(HtmlText.escape(want)).append("</th>");
            int total = 0;
            for (String g : got) {
                int n = Figures.integer(line.get(g));
                total += n;
                String cls = n == 0 ? "num" : g.equals(want) ? "num hit" : "num miss";
                b.append("<td class=\"").append(cls).append("\">").append(n).append("</td>");
            }
            b.append("<td class=\"num\">").append(total).append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

    private static void latency(StringBuilder b, EvalRun run, Map<String, Object> r, Map<String, Object> a) {
        b.append("<section id=\"latency\"><h2>Response time</h2>\n")
                .append("<p class=\"note\">How many questions took how long, in milliseconds (1000 ms = 1 second).</p>\n");
        List<Double> search = run.results().stream().map(CaseResult::latencyMs).toList();
        b.append("<h3>Search time per question</h3>\n")
                .append(SvgChart.histogram("Search time per question", latencyBins(search), "milliseconds")).append('\n');
        if (run.hasAnswers()) {
            List<Double> answer = run.rows().stream().filter(c -> c.outcome() != null).map(c -> c.outcome().latencyMs()).toList();
            b.append("<h3>Answer time per question</h3>\n")
                    .append(SvgChart.histogram("Answer time per question", latencyBins(answer), "milliseconds")).append('\n');
        }
        b.append("<table><tr><th>stage</th><th>half of the questions within (p50)</th><th>95 % within (p95)</th><th>99 % within (p99)</th><th>slowest</th></tr>\n");
        latencyRow(b, "search", Figures.map(r.get("latency_ms")));
        if (run.hasAnswers()) {
            latencyRow(b, "answer", Figures.map(a.get("latency_ms")));
        }
        b.append("</table></section>\n");
    }

    private static void failures(StringBuilder b, EvalRun run) {
        List<CaseRow> failing = run.failures();
        b.append("<section id=\"failures\"><h2>Questions that failed (").append(failing.size()).append(" of ")
                .append(run.results().size()).append(")</h2>\n");
        if (failing.isEmpty()) {
            b.append("<p>None.</p></section>\n");
            return;
        }
        b.append(run.hasAnswers()
                ? "<p class=\"note\">Worst first: a wrong kind of reply, a figure not in the record, an answer about another procedure, a missed key fact.</p>\n"
                : "<p class=\"note\">Questions whose first search result is not an expected procedure.</p>\n");
        b.append(run.hasAnswers()
                ? "<table><tr><th>id</th><th>question</th><th>expected reply</th><th>given reply</th><th>expected procedure</th><th>answered about</th><th>key facts missed</th><th>problems</th></tr>\n"
                : "<table><tr><th>id</th><th>question</th><th>expected procedure</th><th>found first</th><th>rank of the first expected</th><th>problems</th></tr>\n");
        for (CaseRow c : failing.subList(0, Math.min(EvalRun.FAILURES_SHOWN, failing.size()))) {
            b.append("<tr>").append(td("id", c.id())).append("<td class=\"q\" lang=\"vi\">").append(HtmlText.escape(c.question())).append("</td>");
            if (run.hasAnswers()) {
                b.append(td("", c.expectedStatus())).append(td("", c.status()))
                        .append(td("", String.join(", ", c.expectedProcedures()))).append(td("", c.procedure()))
                        .append(td("", CaseRow.facts(c.factsMissed())));
            } else {
                b.append(td("", String.join(", ", c.expectedProcedures()))).append(td("", c.topRanked()))
                        .append(td("num", String.valueOf(c.result().firstRelevantRank())));
            }
            b.append(td("", String.join("; ", c.problems()))).append("</tr>\n");
        }
        b.append("</table>\n");
        if (failing.size() > EvalRun.FAILURES_SHOWN) {
            b.append("<p>… and ").append(failing.size() - EvalRun.FAILURES_SHOWN).append(" more; every question is in results.csv.</p>\n");
        }
        b.append("</section>\n");
    }

    /**
     * Bins on a 1-2-5 scale (… 1, 2, 5, 10, 20 … ms), or on powers of ten when that would give more than
     * {@value #MAX_BINS} bins, from the edge at or below the fastest sample to the first above the slowest,
     * so a skewed distribution stays readable; each bin holds [lower, upper).
     */
    static List<SvgChart.Bin> latencyBins(List<Double> samples) {
        if (samples.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> edges = edges(samples, new int[] {1, 2, 5});
        if (edges.size() - 1 > MAX_BINS) {
            edges = edges(samples, new int[] {1});
        }
        List<SvgChart.Bin> bins = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            double lo = edges.get(i).doubleValue();
            double hi = edges.get(i + 1).doubleValue();
            int n = (int) samples.stream().filter(s -> s >= lo && s < hi).count();
            bins.add(new SvgChart.Bin(plain(edges.get(i)) + "–" + plain(edges.get(i + 1)), n));
        }
        return bins;
    }

    private static List<BigDecimal> edges(List<Double> samples, int[] mantissas) {
        double min = samples.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        List<BigDecimal> edges = new ArrayList<>();
        int k = 0;
        while (edge(k + 1, mantissas).doubleValue() <= min) {
            k++;
        }
        if (min < edge(0, mantissas).doubleValue()) {
            edges.add(BigDecimal.ZERO);
            k = -1;
        } else {
            edges.add(edge(k, mantissas));
        }
        while (edges.get(edges.size() - 1).doubleValue() <= max) {
            edges.add(edge(++k, mantissas));
        }
        return edges;
    }

    /** The k-th edge of the scale with these mantissas per power of ten, starting at 0.01. */
    private static BigDecimal edge(int k, int[] mantissas) {
        int n = mantissas.length;
        return BigDecimal.valueOf(mantissas[k % n]).scaleByPowerOfTen(k / n - 2);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static void latencyRow(StringBuilder b, String stage, Map<String, Object> l) {
        b.append("<tr><td>").append(stage).append("</td>");
        for (String key : List.of("p50", "p95", "p99", "max")) {
            b.append("<td class=\"num\">").append(Figures.number(l.get(key))).append(" ms</td>");
        }
        b.append("</tr>\n");
    }

    private static SvgChart.Bar rateBar(String label, Object rate) {
        Map<String, Object> m = Figures.map(rate);
        Double v = Figures.value(m);
        return new SvgChart.Bar(label, v == null ? 0 : v,
                Figures.percent(v) + " (" + Figures.number(m.get("hits")) + " of " + Figures.number(m.get("cases")) + ")");
    }

    private static void card(StringBuilder b, String label, String value, String note) {
        b.append("<div class=\"card\"><div class=\"k\">").append(HtmlText.escape(label)).append("</div><div class=\"v\">")
                .append(HtmlText.escape(value)).append("</div><div class=\"n\">").append(HtmlText.escape(note)).append("</div></div>\n");
    }

    private static void rateCard(StringBuilder b, String label, Object rate) {
        Map<String, Object> m = Figures.map(rate);
        card(b, label, Figures.percent(Figures.value(m)), Figures.number(m.get("hits")) + " of " + Figures.number(m.get("cases")));
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"note legend\">Colours:<span style=\"background:").append(SvgChart.GOOD).append("\"></span>90 % or more")
                .append("<span style=\"background:").append(SvgChart.FAIR).append("\"></span>70 % to 90 %")
                .append("<span style=\"background:").append(SvgChart.POOR).append("\"></span>below 70 %</p>\n");
    }

    private static String td(String cls, String text) {
        return (cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">") + HtmlText.escape(text) + "</td>";
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
