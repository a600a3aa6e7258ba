package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One reply of the pipeline: its status, the Vietnamese text, the procedures it is about or offers
 * (best first), the citations every statement traces to, the conversation state for the next turn,
 * and how long each stage took. {@code composer} says who phrased the text ("grounded" or "llm");
 * {@code confidence} is the share of the question's subject the chosen record covers (NaN: no search).
 */
public record Answer(
        Status status,
        String text,
        List<Candidate> procedures,
        List<Citation> citations,
        List<Intent> intents,
        DialogueState state,
        String composer,
        Map<String, Double> stageMs,
        double confidence) {

    public Answer {
        requireNonNull(status, "status may not be null");
        requireNonNull(text, "text may not be null");
        procedures = List.copyOf(procedures);
        citations = List.copyOf(citations);
        intents = List.copyOf(intents);
        requireNonNull(state, "state may not be null");
        requireNonNull(composer, "composer may not be null");
        stageMs = Map.copyOf(stageMs);
    }

    /** The total latency over all stages. */
    public double latencyMs() {
        return stageMs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    Answer withText(String newText, List<Citation> newCitations, String newComposer) {
        return new Answer(status, newText, procedures, newCitations, intents, state, newComposer, stageMs, confidence);
    }

    Answer withStage(String stage, double ms) {
        Map<String, Double> m = new java.util.LinkedHashMap<>(stageMs);
        m.put(stage, ms);
        return new Answer(status, text, procedures, citations, intents, state, composer, m, confidence);
    }
}
