package vn.motcua.eval;

import java.util.List;

/**
 * What the answer pipeline did with one gold case: status, text, citations ("code:field"), the
 * procedure it answered about, the expected key facts found and missed in the text, the figures
 * in the text that the cited record does not hold, the citations that do not point at an existing
 * record field with its portal URL, the latency of the last turn, and the
 * pipeline's confidence (share of the question's subject the record covers; NaN: no search).
 */
public record AnswerOutcome(
        String status,
        String answer,
        List<String> citations,
        String procedure,
        List<String> procedures,
        List<GoldCase.Fact> factsFound,
        List<GoldCase.Fact> factsMissed,
        List<String> unsupported,
        List<String> invalidCitations,
        double latencyMs,
        double confidence,
        java.util.Map<String, Double> stageMs) {

    public AnswerOutcome {
        citations = List.copyOf(citations);
        procedures = List.copyOf(procedures);
        factsFound = List.copyOf(factsFound);
        factsMissed = List.copyOf(factsMissed);
        unsupported = List.copyOf(unsupported);
        invalidCitations = List.copyOf(invalidCitations);
        stageMs = java.util.Map.copyOf(stageMs);
    }
}
