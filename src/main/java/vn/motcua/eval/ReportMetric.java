package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One figure of report.json, named by its dotted path ("answers.refusal_recall") and whether
 * more of it is better. A rate's figure is its {@code value}; the diff and the gate read figures
 * only through here, so both name them the same way.
 */
public record ReportMetric(String path, boolean higherIsBetter) {

    /** The figures the diff compares and the baseline records, in report order. */
    public static final List<ReportMetric> HEADLINE = List.of(
            new ReportMetric("retrieval.hit_at_1", true),
            new ReportMetric("retrieval.recall_at_5", true),
            new ReportMetric("retrieval.mrr_at_10", true),
            new ReportMetric("answers.status_accuracy", true),
            new ReportMetric("answers.refusal_recall", true),
            new ReportMetric("answers.false_refusal_rate", false),
            new ReportMetric("answers.clarify_recall", true),
            new ReportMetric("answers.no_information_recall", true),
            new ReportMetric("answers.answered_procedure_accuracy", true),
            new ReportMetric("answers.follow_up_resolution", true),
            new ReportMetric("answers.key_fact_recall", true),
            new ReportMetric("answers.answers_with_unsupported_figures", false),
            new ReportMetric("answers.unsupported_figures", false));

    public ReportMetric {
        requireNonNull(path, "path may not be null");
        if (path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException("a report path is dot-separated keys, like answers.refusal_recall: '" + path + "'");
        }
    }

    /** The node at this path (a rate's whole object), or empty when the report has no such key. */
    public Optional<JsonNode> node(JsonNode report) {
        JsonNode n = report;
        for (String key : path.split("\\.")) {
            if (n == null || !n.isObject() || !n.has(key)) {
                return Optional.empty();
            }
            n = n.get(key);
        }
        return Optional.of(n);
    }

    /** The figure: a number, a rate's value, or null (absent, or a rate over no case). */
    public Double value(JsonNode report) {
        return node(report).map(ReportMetric::number).orElse(null);
    }

    /** The figure with its count where it is a rate: "0.9104 (122/134)"; "–" when there is none. */
    public String describe(JsonNode report) {
        Optional<JsonNode> n = node(report);
        Double v = n.map(ReportMetric::number).orElse(null);
        if (v == null) {
            return "–";
        }
        JsonNode rate = n.get();
        return rate.isObject() && rate.has("hits") && rate.has("cases")
                ? format(v) + " (" + rate.get("hits").asInt() + "/" + rate.get("cases").asInt() + ")"
                : format(v);
    }

    /** A figure as the reports print it: up to four decimals, no trailing zeros. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(Math.round(v * 10000) / 10000.0).stripTrailingZeros().toPlainString();
    }

    private static Double number(JsonNode n) {
        JsonNode v = n.isObject() ? n.get("value") : n;
        return v != null && v.isNumber() ? v.asDouble() : null;
    }
}
