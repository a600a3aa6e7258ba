package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CI regression gate: a run fails when a figure of its report crosses a threshold, or when a
 * case the baseline lists as passing now fails, is gone, or belongs to a gold file the run and the
 * baseline do not share. Every failure is one line that names the figure or the case and why.
 */
public final class RegressionGate {

    private final Thresholds thresholds;
    private final Baseline baseline;

    public RegressionGate(Thresholds thresholds, Baseline baseline) {
        this.thresholds = requireNonNull(thresholds, "thresholds may not be null");
        this.baseline = requireNonNull(baseline, "baseline may not be null");
    }

    /** The gate's findings: failures (the gate fails when there is any) and notes for the log. */
    public record Result(List<String> failures, List<String> notes) {
        public Result {
            failures = List.copyOf(failures);
            notes = List.copyOf(notes);
        }

        public boolean passes() {
            return failures.isEmpty();
        }
    }

    /** The verdict of every case, per gold file (by file name), in gold order. */
    public static Map<String, Map<String, CaseVerdict>> verdicts(Map<String, List<GoldCase>> casesByFile, Map<String, AnswerOutcome> outcomes) {
        Map<String, Map<String, CaseVerdict>> out = new LinkedHashMap<>();
        casesByFile.forEach((file, cases) -> {
            Map<String, CaseVerdict> v = new LinkedHashMap<>();
            for (GoldCase c : cases) {
                AnswerOutcome o = outcomes.get(c.id());
                if (o == null) {
                    throw new IllegalArgumentException("no answer outcome for case " + c.id() + " of " + file);
                }
                v.put(c.id(), CaseVerdict.of(c, o));
            }
            out.put(file, v);
        });
        return out;
    }

    /** Checks a run's report and verdicts against the thresholds and the baseline. */
    public Result check(JsonNode report, Map<String, Map<String, CaseVerdict>> verdictsByFile) {
        List<String> failures = new ArrayList<>(checkThresholds(report));
        List<String> notes = new ArrayList<>();
        for (String file : baseline.passing().keySet()) {
            if (!verdictsByFile.containsKey(file)) {
                failures.add("the baseline covers " + file + ", which this run did not evaluate");
            }
        }
        List<String> newlyPassing = new ArrayList<>();
        verdictsByFile.forEach((file, verdicts) -> {
            List<String> was = baseline.passing().get(file);
            if (was == null) {
                failures.add("no baseline for " + file + ": record one deliberately with eval gate --write-baseline");
                return;
            }
            Set<String> wasPassing = new HashSet<>(was);
            for (String id : was) {
                CaseVerdict now = verdicts.get(id);
                if (now == null) {
                    failures.add("case " + id + " passes in the baseline but is no longer in " + file);
                } else if (!now.pass()) {
                    failures.add("regressed: " + id + " (" + file + ") passes in the baseline, now fails: " + String.join("; ", now.failures()));
                }
            }
            verdicts.forEach((id, v) -> {
                if (v.pass() && !wasPassing.contains(id)) {
                    newlyPassing.add(id);
                }
            });
        });
        if (!newlyPassing.isEmpty()) {
            notes.add(newlyPassing.size() + " case(s) pass that the baseline does not list (" + String.join(", ", newlyPassing)
                    + "); record them deliberately with eval gate --write-baseline");
        }
        baseline.metrics().forEach((path, was) -> {
            Double now = new ReportMetric(path, true).value(report);
            if (was != null && now != null && !was.equals(now)) {
                notes.add(path + ": " + ReportMetric.format(was) + " in the baseline, " + ReportMetric.format(now) + " now");
            }
        });
        return new Result(failures, notes);
    }

    private List<String> checkThresholds(JsonNode report) {
        List<String> failures = new ArrayList<>();
        thresholds.min().forEach((path, floor) -> bound(report, path, floor, true).ifPresent(failures::add));
        thresholds.max().forEach((path, ceiling) -> bound(report, path, ceiling, false).ifPresent(failures::add));
        return failures;
    }

    private static java.util.Optional<String> bound(JsonNode report, String path, double limit, boolean isFloor) {
        ReportMetric m = new ReportMetric(path, isFloor);
        if (m.node(report).isEmpty()) {
            return java.util.Optional.of(path + ": no such figure in report.json (check the thresholds file)");
        }
        Double v = m.value(report);
        if (v == null) {
            return java.util.Optional.of(path + " has no value (no case of this run measures it)");
        }
        if (isFloor ? v < limit : v > limit) {
            return java.util.Optional.of(path + " is " + m.describe(report) + ", " + (isFloor ? "below its floor " : "above its ceiling ")
                    + ReportMetric.format(limit));
        }
        return java.util.Optional.empty();
    }
}
