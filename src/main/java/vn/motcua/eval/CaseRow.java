package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One case as the readable reports show it: what the gold set expected beside what the system did,
 * and the problems that make it fail. With an answer outcome a case fails on a wrong status, an
 * answer about a procedure that is neither expected nor acceptable, a missed key fact or a figure the
 * record does not hold; without one (a retrieval-only run) it fails when no expected code is ranked first.
 */
record CaseRow(CaseResult result, GoldCase gold, AnswerOutcome outcome) {

    CaseRow {
        requireNonNull(result, "result may not be null");
    }

    String id() {
        return result.id();
    }

    String question() {
        return result.question();
    }

    /** The expected status, or "" when the gold case is not known. */
    String expectedStatus() {
        return gold == null ? "" : gold.expect().status();
    }

    /** The status the answer pipeline gave, or "" in a retrieval-only run. */
    String status() {
        return outcome == null ? result.status() : outcome.status();
    }

    List<String> expectedProcedures() {
        return gold == null ? List.of() : gold.expect().procedures();
    }

    /** The procedure the answer is about, or "" when none. */
    String procedure() {
        return outcome == null || outcome.procedure() == null ? "" : outcome.procedure();
    }

    /** The code search ranked first, or "" when it found nothing. */
    String topRanked() {
        return result.ranked().isEmpty() ? "" : result.ranked().get(0);
    }

    List<GoldCase.Fact> factsFound() {
        return outcome == null ? List.of() : outcome.factsFound();
    }

    List<GoldCase.Fact> factsMissed() {
        return outcome == null ? List.of() : outcome.factsMissed();
    }

    List<String> unsupported() {
        return outcome == null ? List.of() : outcome.unsupported();
    }

    boolean fails() {
        return !problems().isEmpty();
    }

    /**
     * How bad the worst problem is, for listing the worst first: 0 a wrong status, 1 a figure the record
     * does not hold, 2 an answer about another procedure, 3 a missed key fact or a retrieval miss, 4 none.
     */
    int severity() {
        if (outcome == null) {
            return fails() ? 3 : 4;
        }
        if (gold != null && !gold.expect().status().equals(outcome.status())) {
            return 0;
        }
        if (!outcome.unsupported().isEmpty()) {
            return 1;
        }
        List<String> problems = problems();
        if (problems.stream().anyMatch(p -> p.startsWith("answered about"))) {
            return 2;
        }
        return problems.isEmpty() ? 4 : 3;
    }

    /** Plain-English reasons this case fails; empty when it passes. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (outcome == null) {
            int rank = result.firstRelevantRank();
            if (result.metrics() != null && rank != 1) {
                out.add(rank == 0 ? "no expected procedure in the top 10" : "first expected procedure at rank " + rank);
            }
            return out;
        }
        if (gold != null && !gold.expect().status().equals(outcome.status())) {
            out.add("expected " + gold.expect().status() + ", got " + outcome.status());
        }
        if (gold != null && outcome.procedure() != null && gold.expect().status().equals("answered")) {
            Set<String> right = new HashSet<>(gold.expect().procedures());
            right.addAll(gold.expect().acceptable());
            if (!right.isEmpty() && !right.contains(outcome.procedure())) {
                out.add("answered about " + outcome.procedure() + ", not an expected procedure");
            }
        }
        if (!outcome.factsMissed().isEmpty()) {
            out.add(count(outcome.factsMissed().size(), "key fact") + " missed");
        }
        if (!outcome.unsupported().isEmpty()) {
            out.add(count(outcome.unsupported().size(), "figure") + " not in the record");
        }
        return out;
    }

    /** "fee: 50.000 đồng; deadline: 07 ngày". */
    static String facts(List<GoldCase.Fact> facts) {
        return facts.stream().map(f -> f.type() + ": " + f.value()).collect(Collectors.joining("; "));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
