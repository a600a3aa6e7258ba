package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import vn.motcua.catalog.Procedure;

/**
 * What the pipeline decided before any text is written: the status, the procedure to answer from
 * (for {@code answered}), the candidates (offered for {@code clarify}, ranked otherwise), what was
 * understood, the question with personal data masked, the state for the next turn, and the share
 * of the question's subject the best record covers ({@code confidence}, NaN where no search ran).
 * {@code dangerNoted}: the question used words of danger that the pipeline did not read as an
 * emergency (a house that burnt down last month, asked about aid); the reply then still names the
 * emergency numbers.
 */
record Plan(
        Status status,
        InputGuard.Verdict verdict,
        Understanding understanding,
        Procedure procedure,
        List<Candidate> candidates,
        String maskedQuestion,
        boolean hadPersonalData,
        DialogueState next,
        double confidence,
        java.util.Map<String, Double> stageMs,
        boolean dangerNoted) {

    Plan {
        requireNonNull(status, "status may not be null");
        requireNonNull(verdict, "verdict may not be null");
        requireNonNull(understanding, "understanding may not be null");
        candidates = List.copyOf(candidates);
        requireNonNull(maskedQuestion, "maskedQuestion may not be null");
        requireNonNull(next, "next may not be null");
        stageMs = java.util.Map.copyOf(stageMs);
        if (status == Status.ANSWERED && procedure == null) {
            throw new IllegalArgumentException("an answered plan needs a procedure");
        }
    }

    Plan(Status status, InputGuard.Verdict verdict, Understanding understanding, Procedure procedure, List<Candidate> candidates,
            String maskedQuestion, boolean hadPersonalData, DialogueState next, double confidence) {
        this(status, verdict, understanding, procedure, candidates, maskedQuestion, hadPersonalData, next, confidence, java.util.Map.of(), false);
    }

    Plan withStages(java.util.Map<String, Double> stages) {
        return new Plan(status, verdict, understanding, procedure, candidates, maskedQuestion, hadPersonalData, next, confidence, stages, dangerNoted);
    }

    /** The same plan, whose reply also names the emergency numbers. */
    Plan withDangerNoted() {
        return new Plan(status, verdict, understanding, procedure, candidates, maskedQuestion, hadPersonalData, next, confidence, stageMs, true);
    }
}
