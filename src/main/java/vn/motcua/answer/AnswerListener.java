package vn.motcua.answer;

/**
 * Receives an answer's text as it is produced, so a channel can stream it. {@link #reset} means
 * "discard what was sent so far": the guard rejected a streamed LLM sentence and the grounded
 * answer follows instead.
 */
public interface AnswerListener {

    AnswerListener NONE = new AnswerListener() {
        @Override
        public void onText(String chunk) {
            // Nothing streams: the caller reads the final answer.
        }

        @Override
        public void onReset() {
            // Nothing was streamed, so there is nothing to take back.
        }
    };

    /**
     * The procedure an answer is about, once decided and before any text, so a channel can show its
     * card at once. Not called for other statuses.
     */
    default void onProcedure(ProcedureCard card) {
        // Most listeners only stream text.
    }

    void onText(String chunk);

    void onReset();
}
