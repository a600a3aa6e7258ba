package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import vn.motcua.answer.DialogueState;
import vn.motcua.store.ConversationStore;
import vn.motcua.store.ConversationStore.Message;

/**
 * Conversation states as JSON in the database, with each turn's masked messages, so a conversation
 * survives a restart and several replicas sharing PostgreSQL see the same conversation.
 */
public final class DatabaseConversations implements ConversationRepository {

    private final ConversationStore store;
    private final ObjectMapper json;

    public DatabaseConversations(ConversationStore store, ObjectMapper json) {
        this.store = requireNonNull(store, "store may not be null");
        this.json = requireNonNull(json, "json may not be null");
    }

    @Override
    public Optional<DialogueState> find(String sessionId) {
        return store.findState(SessionId.check(sessionId)).map(this::read);
    }

    @Override
    public void save(String sessionId, DialogueState state) {
        store.saveState(SessionId.check(sessionId), write(state));
    }

    @Override
    public void save(String sessionId, DialogueState state, Turn turn) {
        store.saveTurn(SessionId.check(sessionId), write(state), List.of(
                new Message("user", turn.questionMasked(), null, null, turn.at()),
                new Message("assistant", turn.replyMasked(), turn.status(), turn.procedureCode(), turn.at())));
    }

    private DialogueState read(String stateJson) {
        try {
            return json.readValue(stateJson, DialogueState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conversation state is not a DialogueState: " + e.getOriginalMessage(), e);
        }
    }

    private String write(DialogueState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a conversation state", e);
        }
    }
}
