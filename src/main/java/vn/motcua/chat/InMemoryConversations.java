package vn.motcua.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.answer.DialogueState;

/** Conversation states in memory, the least recently used dropped beyond a bound. Thread-safe. */
public final class InMemoryConversations implements ConversationRepository {

    private final Map<String, DialogueState> states;

    public InMemoryConversations(int maxSessions) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive: " + maxSessions);
        }
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DialogueState> eldest) {
                return size() > maxSessions;
            }
        };
    }

    @Override
    public synchronized Optional<DialogueState> find(String sessionId) {
        return Optional.ofNullable(states.get(SessionId.check(sessionId)));
    }

    @Override
    public synchronized void save(String sessionId, DialogueState state) {
        states.put(SessionId.check(sessionId), state);
    }
}
