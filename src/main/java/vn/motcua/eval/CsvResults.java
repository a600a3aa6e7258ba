package vn.motcua.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders results.csv, one row per case, for a spreadsheet: RFC 4180 (CRLF line ends, a field with a
 * comma, quote or line break is quoted, quotes doubled) and UTF-8 with a byte-order mark so Excel reads
 * Vietnamese correctly. A text field that starts with =, +, -, @ or a tab gets a leading apostrophe, so
 * a spreadsheet shows it as text instead of running it as a formula.
 */
final class CsvResults {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("id", "question", "tags", "expected_status", "status", "expected_procedures",
            "procedure", "top_ranked", "first_relevant_rank", "facts_found", "facts_missed", "unsupported", "latency_ms",
            "answer_latency_ms", "confidence");

    /** The whole file, byte-order mark first. */
    String render(List<CaseRow> rows) {
        StringBuilder b = new StringBuilder(BOM);
        line(b, HEADER);
        for (CaseRow c : rows) {
            AnswerOutcome o = c.outcome();
            line(b, List.of(
                    text(c.id()),
                    text(c.question()),
                    text(String.join("|", c.result().tags())),
                    text(c.expectedStatus()),
                    text(c.status()),
                    text(String.join("|", c.expectedProcedures())),
                    text(c.procedure()),
                    text(c.topRanked()),
                    String.valueOf(c.result().firstRelevantRank()),
                    o == null ? "" : String.valueOf(o.factsFound().size()),
                    o == null ? "" : String.valueOf(o.factsMissed().size()),
                    o == null ? "" : String.valueOf(o.unsupported().size()),
                    Figures.ms(c.result().latencyMs()),
                    o == null ? "" : Figures.ms(o.latencyMs()),
                    o == null || Double.isNaN(o.confidence()) ? ""
                            : BigDecimal.valueOf(Math.round(o.confidence() * 1000) / 1000.0).toPlainString()));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> fields) {
        b.append(fields.stream().map(CsvResults::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Free text, with a leading apostrophe where a spreadsheet would read a formula. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
