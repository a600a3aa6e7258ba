package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.DialogueState;

/**
 * One turn of a conversation: loads the session's state, asks the pipeline, stores the next state.
 * Channels call this; they never keep conversation state themselves.
 */
public final class ChatService {

    private final AnswerService answers;
    private final ConversationRepository conversations;

    public ChatService(AnswerService answers, ConversationRepository conversations) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.conversations = requireNonNull(conversations, "conversations may not be null");
    }

    /** Answers {@code text} in the conversation {@code sessionId} (validated; see {@link SessionId}). */
    public Answer ask(String sessionId, String text, AnswerListener listener) {
        String id = SessionId.check(sessionId);
        DialogueState state = conversations.find(id).orElse(DialogueState.EMPTY);
        Answer a = answers.ask(text, state, listener);
        conversations.save(id, a.state());
        return a;
    }
}
