package vn.motcua.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.search.LiveIndex;
import vn.motcua.store.ConversationStore;
import vn.motcua.store.Database;
import vn.motcua.store.FeedbackStore;
import vn.motcua.store.StoreSettings;

/** Conversations and feedback through the database, over the real pipeline and a real SQLite file. */
class DatabaseConversationsTest {

    @TempDir
    static Path dir;
    private static AnswerService answers;

    @BeforeAll
    static void open() {
        LiveIndex index = AnswerFixtures.index(dir.resolve("index"));
        answers = AnswerFixtures.grounded(index);
    }

    @Test
    void aConversationSurvivesARestartOfTheDatabase(@TempDir Path data) {
        StoreSettings settings = StoreSettings.sqlite(data.resolve("motcua.db"));
        try (Database db = Database.open(settings)) {
            chat(db).ask("s1", "đăng ký tạm trú ở đâu", AnswerListener.NONE);
        }

        try (Database reopened = Database.open(settings)) {
            Answer next = chat(reopened).ask("s1", "mất mấy ngày", AnswerListener.NONE);

            assertEquals("1.004194", next.procedures().get(0).code());
        }
    }

    @Test
    void keepsEachTurnWithPersonalDataMasked(@TempDir Path data) {
        try (Database db = Database.open(StoreSettings.sqlite(data.resolve("motcua.db")))) {
            chat(db).ask("s1", "đăng ký tạm trú ở đâu, gọi tôi 0912 345 678", AnswerListener.NONE);

            List<ConversationStore.Message> messages = new ConversationStore(db, java.time.Clock.systemUTC()).messages("s1");

            assertEquals(List.of("user", "assistant"), messages.stream().map(ConversationStore.Message::role).toList());
            assertEquals("đăng ký tạm trú ở đâu, gọi tôi [phone]", messages.get(0).textMasked());
        }
    }

    @Test
    void feedbackRoundTripsAndARetryIsKeptOnce(@TempDir Path data) {
        try (Database db = Database.open(StoreSettings.sqlite(data.resolve("motcua.db")))) {
            DatabaseFeedback feedback = new DatabaseFeedback(new FeedbackStore(db));
            Feedback f = new Feedback("s1", "m1", Feedback.Rating.DOWN, "wrong_fee", Instant.parse("2026-01-01T00:00:00Z"));

            feedback.save(f);
            feedback.save(f);

            assertEquals(List.of(f), feedback.recent(10));
        }
    }

    @Test
    void thirtyTwoConversationsAtOnceAllSucceedOnSqlite(@TempDir Path data) throws Exception {
        try (Database db = Database.open(StoreSettings.sqlite(data.resolve("motcua.db")))) {
            ChatService chat = chat(db);
            java.util.List<java.util.concurrent.Future<Answer>> futures = new java.util.ArrayList<>();

            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 32; i++) {
                    String session = "load-" + i;
                    futures.add(pool.submit(() -> {
                        chat.ask(session, "đăng ký tạm trú cần giấy tờ gì", AnswerListener.NONE);
                        chat.ask(session, "mất mấy ngày", AnswerListener.NONE);
                        return chat.ask(session, "thế lệ phí bao nhiêu?", AnswerListener.NONE);
                    }));
                }
            }

            for (var f : futures) {
                assertEquals("1.004194", f.get().procedures().get(0).code());
            }
            assertEquals(6, new ConversationStore(db, java.time.Clock.systemUTC()).messages("load-7").size());
        }
    }

    private static ChatService chat(Database db) {
        return new ChatService(answers, new DatabaseConversations(new ConversationStore(db, java.time.Clock.systemUTC()), KnowledgeBaseJson.mapper()));
    }
}
