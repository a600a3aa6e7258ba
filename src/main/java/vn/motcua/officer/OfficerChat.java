package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.DialogueState;
import vn.motcua.answer.OfficerAnswers;
import vn.motcua.chat.ConversationRepository;
import vn.motcua.chat.SessionId;

/**
 * One turn of an officer's conversation. States live in a repository of their own, which no
 * citizen channel is given, under a hash of the account and the session id, so two officers never
 * share a conversation and no citizen can resume one. Only the state is stored, never the turn's
 * text: the answer may quote internal documents.
 */
final class OfficerChat {

    private final OfficerAnswers answers;
    private final ConversationRepository conversations;

    OfficerChat(OfficerAnswers answers, ConversationRepository conversations) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.conversations = requireNonNull(conversations, "conversations may not be null");
    }

    Answer ask(Officer officer, String sessionId, String text) {
        String id = conversationId(officer, SessionId.check(sessionId));
        DialogueState state = conversations.find(id).orElse(DialogueState.EMPTY);
        Answer a = answers.ask(officer.audience(), text, state, AnswerListener.NONE);
        conversations.save(id, a.state());
        return a;
    }

    static String conversationId(Officer officer, String sessionId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((officer.name() + "\u0000" + sessionId).getBytes(StandardCharsets.UTF_8));
            return "o-" + HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
