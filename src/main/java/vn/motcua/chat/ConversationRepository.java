package vn.motcua.chat;

import java.util.Optional;
import vn.motcua.answer.DialogueState;

/**
 * Where conversation states live between turns: in memory for a single process, in files for the
 * command line, in the database when the service runs (issue 7).
 */
public interface ConversationRepository {

    Optional<DialogueState> find(String sessionId);

    void save(String sessionId, DialogueState state);

    /**
     * Saves the state after {@code turn} together with the turn itself. Repositories that keep
     * only states (memory, files) drop the turn; the database keeps both in one transaction.
     */
    default void save(String sessionId, DialogueState state, Turn turn) {
        save(sessionId, state);
    }
}
