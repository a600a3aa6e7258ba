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
}
