package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How run B differs from run A: the move of every headline figure, the cases that passed in A and
 * fail in B (regressed) or the reverse (improved), and the cases whose first relevant rank moved.
 * Cases are matched by id; a case passes as {@link CaseVerdict} says, read from results.jsonl.
 */
public record RunDiff(
        List<MetricChange> metrics,
        List<CaseChange> regressed,
        List<CaseChange> improved,
        List<RankChange> ranks,
        Counts counts) {

    public RunDiff {
        metrics = List.copyOf(metrics);
        regressed = List.copyOf(regressed);
        improved = List.copyOf(improved);
        ranks = List.copyOf(ranks);
        requireNonNull(counts, "counts may not be null");
    }

    /** One figure in both runs; a side is null when that run has no value for it. */
    public record MetricChange(ReportMetric metric, Double a, Double b, String aText, String bText) {

        /** B minus A, or null when either side lacks a value. */
        public Double change() {
            return a == null || b == null ? null : Math.round((b - a) * 10000) / 10000.0;
        }

        /** "better", "worse" or "same", from the metric's direction; "n/a" without both values. */
        public String direction() {
            Double d = change();
            if (d == null) {
                return "n/a";
            }
            if (d == 0) {
                return "same";
            }
            return (d > 0) == metric.higherIsBetter() ? "better" : "worse";
        }
    }

    /** A case whose verdict flipped, with its statuses and the failures of the failing side (B when regressed, A when improved). */
    public record CaseChange(String id, String statusA, String statusB, String expectedStatus, List<String> failures) {
        public CaseChange {
            failures = List.copyOf(failures);
        }
    }

    /** A case whose first relevant rank moved (0: no relevant code in the top 10). */
    public record RankChange(String id, int rankA, int rankB) {
        public boolean isBetter() {
            return rankB != 0 && (rankA == 0 || rankB < rankA);
        }
    }

    /**
     * Cases in both runs, only in one, without a verdict in either (runs written before verdicts),
     * and passing in each run among those in both.
     */
    public record Counts(int both, int onlyA, int onlyB, int unjudged, int passingA, int passingB) {}

    /** Compares two runs. */
    public static RunDiff of(RunFolder a, RunFolder b) {
        List<MetricChange> metrics = new ArrayList<>();
        for (ReportMetric m : ReportMetric.HEADLINE) {
            metrics.add(new MetricChange(m, m.value(a.report()), m.value(b.report()), m.describe(a.report()), m.describe(b.report())));
        }
        List<CaseChange> regressed = new ArrayList<>();
        List<CaseChange> improved = new ArrayList<>();
        List<RankChange> ranks = new ArrayList<>();
        int both = 0, unjudged = 0, passingA = 0, passingB = 0;
        for (RunFolder.Case cb : b.cases().values()) {
            RunFolder.Case ca = a.cases().get(cb.id());
            if (ca == null) {
                continue;
            }
            both++;
            if (ca.firstRelevantRank() != cb.firstRelevantRank()) {
                ranks.add(new RankChange(cb.id(), ca.firstRelevantRank(), cb.firstRelevantRank()));
            }
            if (ca.pass() == null || cb.pass() == null) {
                unjudged++;
                continue;
            }
            passingA += ca.pass() ? 1 : 0;
            passingB += cb.pass() ? 1 : 0;
            String expected = cb.expectedStatus() != null ? cb.expectedStatus() : ca.expectedStatus();
            if (ca.pass() && !cb.pass()) {
                regressed.add(new CaseChange(cb.id(), ca.status(), cb.status(), expected, cb.failures()));
            } else if (!ca.pass() && cb.pass()) {
                improved.add(new CaseChange(cb.id(), ca.status(), cb.status(), expected, ca.failures()));
            }
        }
        int onlyB = b.cases().size() - both;
        int onlyA = (int) a.cases().keySet().stream().filter(id -> !b.cases().containsKey(id)).count();
        return new RunDiff(metrics, regressed, improved, ranks, new Counts(both, onlyA, onlyB, unjudged, passingA, passingB));
    }

    /** The diff for a terminal: a table of figures, then the flipped cases and the rank moves. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-42s %-20s %-20s %s%n", "metric", "A", "B", "change"));
        for (MetricChange m : metrics) {
            Double d = m.change();
            b.append(String.format("%-42s %-20s %-20s %s%n", m.metric().path(), m.aText(), m.bText(),
                    d == null ? "n/a" : (d > 0 ? "+" : d < 0 ? "" : "±") + ReportMetric.format(d) + " " + m.direction()));
        }
        b.append(String.format("%ncases: %d in both, %d only in A, %d only in B", counts.both(), counts.onlyA(), counts.onlyB()));
        if (counts.unjudged() > 0) {
            b.append(String.format(", %d without a verdict (a run written before results carried \"pass\")", counts.unjudged()));
        }
        b.append(String.format("; passing %d → %d%n", counts.passingA(), counts.passingB()));
        b.append(String.format("regressed: %d%n", regressed.size()));
        regressed.forEach(c -> b.append(line(c, "now")));
        b.append(String.format("improved: %d%n", improved.size()));
        improved.forEach(c -> b.append(line(c, "was")));
        long better = ranks.stream().filter(RankChange::isBetter).count();
        b.append(String.format("first relevant rank: %d changed, %d better, %d worse%n", ranks.size(), better, ranks.size() - better));
        ranks.forEach(r -> b.append(String.format("  %-14s %s → %s%n", r.id(), rank(r.rankA()), rank(r.rankB()))));
        return b.toString();
    }

    /** The diff as plain maps and lists, for {@code --json}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (MetricChange c : metrics) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("metric", c.metric().path());
            f.put("a", c.a());
            f.put("b", c.b());
            f.put("change", c.change());
            f.put("direction", c.direction());
            figures.add(f);
        }
        m.put("metrics", figures);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("both", counts.both());
        n.put("only_a", counts.onlyA());
        n.put("only_b", counts.onlyB());
        n.put("unjudged", counts.unjudged());
        n.put("passing_a", counts.passingA());
        n.put("passing_b", counts.passingB());
        n.put("regressed", regressed.size());
        n.put("improved", improved.size());
        n.put("rank_changed", ranks.size());
        n.put("rank_better", ranks.stream().filter(RankChange::isBetter).count());
        m.put("counts", n);
        m.put("regressed", regressed.stream().map(RunDiff::caseMap).toList());
        m.put("improved", improved.stream().map(RunDiff::caseMap).toList());
        m.put("rank_changes", ranks.stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.id());
            x.put("rank_a", r.rankA());
            x.put("rank_b", r.rankB());
            x.put("better", r.isBetter());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> caseMap(CaseChange c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", c.id());
        x.put("status_a", c.statusA());
        x.put("status_b", c.statusB());
        x.put("expected_status", c.expectedStatus());
        x.put("failures", c.failures());
        return x;
    }

    private static String line(CaseChange c, String when) {
        String statuses = c.statusA().equals(c.statusB()) ? c.statusB() : c.statusA() + " → " + c.statusB();
        String expected = c.expectedStatus() == null ? "" : " (expected " + c.expectedStatus() + ")";
        String why = c.failures().isEmpty() ? "" : "; " + when + ": " + String.join("; ", c.failures());
        return String.format("  %-14s %s%s%s%n", c.id(), statuses, expected, why);
    }

    private static String rank(int r) {
        return r == 0 ? "not in top 10" : Integer.toString(r);
    }
}
