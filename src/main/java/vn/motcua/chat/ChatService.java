package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.DialogueState;
import vn.motcua.answer.PersonalData;
import vn.motcua.answer.Status;

/**
 * One turn of a conversation: loads the session's state, asks the pipeline, stores the next state.
 * Channels call this; they never keep conversation state themselves.
 */
public final class ChatService {

    private final AnswerService answers;
    private final ConversationRepository conversations;
    private final Clock clock;
    private final PersonalData personalData = new PersonalData();

    public ChatService(AnswerService answers, ConversationRepository conversations) {
        this(answers, conversations, Clock.systemUTC());
    }

    public ChatService(AnswerService answers, ConversationRepository conversations, Clock clock) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.conversations = requireNonNull(conversations, "conversations may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /** Answers {@code text} in the conversation {@code sessionId} (validated; see {@link SessionId}). */
    public Answer ask(String sessionId, String text, AnswerListener listener) {
        String id = SessionId.check(sessionId);
        DialogueState state = conversations.find(id).orElse(DialogueState.EMPTY);
        Answer a = answers.ask(text, state, listener);
        String procedure = a.status() == Status.ANSWERED && !a.procedures().isEmpty() ? a.procedures().get(0).code() : null;
        Turn turn = new Turn(personalData.mask(text).text(), personalData.mask(a.text()).text(), a.status().key(), procedure, clock.instant());
        conversations.save(id, a.state(), turn);
        return a;
    }
}
