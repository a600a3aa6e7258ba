package vn.motcua.answer;

import java.util.List;

/**
 * What a conversation remembers between turns: the procedure being talked about, the candidates a
 * clarifying reply offered (numbered from 1), and the intents of the question that led to it, so a
 * reply of "2" answers what was first asked. Immutable; each answer returns the next state.
 */
public record DialogueState(String focusCode, List<String> offered, List<Intent> pendingIntents, int turns) {

    public static final DialogueState EMPTY = new DialogueState(null, List.of(), List.of(), 0);

    public DialogueState {
        offered = List.copyOf(offered == null ? List.of() : offered);
        pendingIntents = List.copyOf(pendingIntents == null ? List.of() : pendingIntents);
        if (turns < 0) {
            throw new IllegalArgumentException("turns must not be negative: " + turns);
        }
    }

    /** The state after a turn that settled on one procedure. */
    DialogueState focusedOn(String code) {
        return new DialogueState(code, List.of(), List.of(), turns + 1);
    }

    /**
     * The state a channel or the evaluation sets when another party's reply talked about this
     * procedure (for example, an assistant turn replayed from a transcript).
     */
    public DialogueState withFocus(String code) {
        return new DialogueState(code, List.of(), List.of(), turns);
    }

    /** The state after a clarifying reply that offered these candidates. */
    DialogueState offering(List<String> codes, List<Intent> intents) {
        return new DialogueState(focusCode, codes, intents, turns + 1);
    }

    /** The state after a turn that changed nothing about the topic (refusal, emergency, no information). */
    DialogueState unchanged() {
        return new DialogueState(focusCode, List.of(), List.of(), turns + 1);
    }

    /**
     * The state a channel or the evaluation sets when another party offered these candidates
     * (for example, earlier assistant turns replayed from a transcript).
     */
    public DialogueState withOffer(List<String> codes) {
        return new DialogueState(focusCode, codes, pendingIntents, turns);
    }
}
