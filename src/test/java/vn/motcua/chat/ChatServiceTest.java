package vn.motcua.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.search.LiveIndex;

/** Conversations over the real pipeline: a follow-up in one session, nothing leaking to another. */
class ChatServiceTest {

    @TempDir
    static Path dir;
    private static AnswerService answers;

    @BeforeAll
    static void open() {
        LiveIndex index = AnswerFixtures.index(dir.resolve("index"));
        answers = AnswerFixtures.grounded(index);
    }

    @Test
    void aFollowUpInTheSameSessionKeepsTheProcedure(@TempDir Path sessions) {
        ChatService chat = new ChatService(answers, new FileConversations(sessions, KnowledgeBaseJson.mapper()));
        chat.ask("s1", "đăng ký thường trú cần giấy tờ gì", AnswerListener.NONE);

        Answer next = chat.ask("s1", "thế lệ phí bao nhiêu?", AnswerListener.NONE);
        Answer elsewhere = chat.ask("s2", "thế lệ phí bao nhiêu?", AnswerListener.NONE);

        assertEquals("1.004222", next.procedures().get(0).code());
        assertTrue(elsewhere.procedures().isEmpty() || !elsewhere.status().key().equals("answered")
                || !elsewhere.procedures().get(0).code().equals("1.004222"), "another session does not see s1's procedure");
    }

    @Test
    void aConversationSurvivesARestartThroughItsFile(@TempDir Path sessions) {
        new ChatService(answers, new FileConversations(sessions, KnowledgeBaseJson.mapper())).ask("s1", "đăng ký tạm trú ở đâu", AnswerListener.NONE);

        Answer next = new ChatService(answers, new FileConversations(sessions, KnowledgeBaseJson.mapper())).ask("s1", "mất mấy ngày", AnswerListener.NONE);

        assertEquals("1.004194", next.procedures().get(0).code());
    }

    @Test
    void rejectsASessionIdThatCouldEscapeItsFolder() {
        ChatService chat = new ChatService(answers, new InMemoryConversations(10));

        assertThrows(IllegalArgumentException.class, () -> chat.ask("../etc/passwd", "x", AnswerListener.NONE));
    }

    @Test
    void memoryKeepsOnlyTheMostRecentSessions() {
        InMemoryConversations memory = new InMemoryConversations(2);
        memory.save("a", vn.motcua.answer.DialogueState.EMPTY);
        memory.save("b", vn.motcua.answer.DialogueState.EMPTY);
        memory.save("c", vn.motcua.answer.DialogueState.EMPTY);

        assertTrue(memory.find("a").isEmpty());
        assertTrue(memory.find("c").isPresent());
    }
}
