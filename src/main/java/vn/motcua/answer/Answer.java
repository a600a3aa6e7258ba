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

    /** At most this many procedures are listed with an answer. */
    static final int SHOWN_PROCEDURES = 5;

    /** The answer to a plan, with its best procedures, before timing. */
    static Answer of(Plan plan, String text, List<Citation> citations, String composer) {
        List<Candidate> shown = plan.candidates().size() > SHOWN_PROCEDURES ? plan.candidates().subList(0, SHOWN_PROCEDURES) : plan.candidates();
        return new Answer(plan.status(), text, shown, citations, plan.understanding().intents(), plan.next(), composer, Map.of(), plan.confidence());
    }

    /**
     * The answer as channels send it (the JSON of {@code ask --json} and of {@code POST /api/chat}):
     * status, text, procedures, citations, intents, composer and latency.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("status", status.key());
        m.put("answer", text);
        m.put("procedures", procedures);
        m.put("citations", citations);
        m.put("intents", intents.stream().map(Intent::key).toList());
        m.put("composer", composer);
        m.put("latency_ms", Math.round(latencyMs() * 100) / 100.0);
        return m;
    }

    /** The total latency over all stages. */
    public double latencyMs() {
        return stageMs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    Answer withStage(String stage, double ms) {
        Map<String, Double> m = new java.util.LinkedHashMap<>(stageMs);
        m.put(stage, ms);
        return new Answer(status, text, procedures, citations, intents, state, composer, m, confidence);
    }
}
