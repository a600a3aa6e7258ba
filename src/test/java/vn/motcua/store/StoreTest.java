package vn.motcua.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.store.ConversationStore.Message;
import vn.motcua.store.FeedbackStore.Entry;
import vn.motcua.store.TicketStore.Status;
import vn.motcua.store.TicketStore.Ticket;

/**
 * The repository suite, run once per database: {@link SqliteStoreTest} and {@link PostgresStoreTest}
 * give each test a fresh, empty database and nothing else differs.
 */
abstract class StoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** How many migrations the code ships, so these tests need no edit when one is added. */
    static final int MIGRATIONS = migrations();

    static int migrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new, empty database each call. */
    abstract StoreSettings freshDatabase() throws Exception;

    final TestClock clock = new TestClock(T0);
    StoreSettings settings;
    Database db;

    @BeforeEach
    void open() throws Exception {
        settings = freshDatabase();
        db = Database.open(settings);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Nested
    class Conversations {

        @Test
        void turnsSavedConcurrentlyAreAllThereAndWhole() throws Exception {
            ConversationStore store = new ConversationStore(db, clock);
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                List<Future<?>> saves = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    String id = "s" + (i % 100);
                    int n = i;
                    saves.add(pool.submit(() -> store.saveTurn(id, "{\"n\":" + n + "}", List.of(
                            new Message("user", "hỏi " + n, null, null, T0.plusMillis(n)),
                            new Message("assistant", "đáp " + n, "answered", "1.001193", T0.plusMillis(n))))));
                }
                for (Future<?> f : saves) {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            for (int c = 0; c < 100; c++) {
                List<Message> messages = store.messages("s" + c);
                assertEquals(8, messages.size(), "four turns of two messages in s" + c);
                for (int t = 0; t < 4; t++) {
                    String n = messages.get(2 * t).textMasked().substring(4);
                    assertEquals("đáp " + n, messages.get(2 * t + 1).textMasked(), "a question and its reply stay together");
                }
            }
        }

        @Test
        void aWriteThatFailsInASharedTransactionFailsAloneAndTheOthersAreKept() throws Exception {
            ConversationStore store = new ConversationStore(db, clock);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                // The first write holds the writer, so the next two wait and are committed in one transaction.
                Future<?> first = pool.submit(() -> db.inSharedTransaction(c -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
                assertTrue(holding.await(30, java.util.concurrent.TimeUnit.SECONDS));
                Future<?> bad = pool.submit(() -> db.inSharedTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversations (id, state_json, updated_at) VALUES ('bad', '{}', 1)")) {
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO no_such_table VALUES (1)")) {
                        ps.executeUpdate();
                    }
                    return null;
                }));
                Future<?> good = pool.submit(() -> store.saveState("good", "{}"));
                while (db.waitingWrites() < 2) {
                    Thread.sleep(5);
                }
                release.countDown();

                first.get(30, java.util.concurrent.TimeUnit.SECONDS);
                good.get(30, java.util.concurrent.TimeUnit.SECONDS);
                java.util.concurrent.ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
                        java.util.concurrent.ExecutionException.class, () -> bad.get(30, java.util.concurrent.TimeUnit.SECONDS));
                assertTrue(failed.getCause() instanceof java.sql.SQLException, failed.getCause().toString());
            } finally {
                pool.shutdownNow();
            }

            assertEquals(Optional.of("{}"), store.findState("good"));
            assertEquals(Optional.empty(), store.findState("bad"), "the failed write's first statement is rolled back too");
        }

        @Test
        void findsTheStateItSaved() {
            ConversationStore store = new ConversationStore(db, clock);

            store.saveState("s1", "{\"focusCode\":\"1.001\"}");
            store.saveState("s1", "{\"focusCode\":\"2.002\"}");

            assertEquals(Optional.of("{\"focusCode\":\"2.002\"}"), store.findState("s1"));
            assertEquals(Optional.empty(), store.findState("s2"));
        }

        @Test
        void keepsATurnsMessagesInOrder() {
            ConversationStore store = new ConversationStore(db, clock);

            store.saveTurn("s1", "{}", List.of(new Message("user", "lệ phí [phone]", null, null, T0),
                    new Message("assistant", "Lệ phí 50.000 đồng.", "answered", "1.001", T0)));
            clock.advanceMillis(1000);
            store.saveTurn("s1", "{}", List.of(new Message("user", "mất mấy ngày", null, null, clock.instant())));

            List<Message> messages = store.messages("s1");
            assertEquals(List.of("user", "assistant", "user"), messages.stream().map(Message::role).toList());
            assertEquals("lệ phí [phone]", messages.get(0).textMasked());
            assertEquals("1.001", messages.get(1).procedureCode());
        }

        @Test
        void messageIdsSortByTheTimeTheyWereWritten() throws Exception {
            ConversationStore store = new ConversationStore(db, clock);
            for (int t = 0; t < 20; t++) {
                store.saveTurn("s" + (t % 3), "{}", List.of(new Message("user", "câu " + t, null, null, clock.instant())));
                clock.advanceMillis(7);
            }
            List<String> byTime = new ArrayList<>();
            try (Connection c = db.connection();
                    PreparedStatement ps = c.prepareStatement("SELECT id FROM messages ORDER BY created_at");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTime.add(rs.getString(1));
                }
            }
            assertEquals(20, byTime.size());
            List<String> sorted = new ArrayList<>(byTime);
            sorted.sort(null);
            assertEquals(byTime, sorted, "a later message has a greater id, so new keys go to the end of the index");
            assertEquals(20, new HashSet<>(byTime).size());
        }

        @Test
        void thirtyTwoConcurrentTurnsAllCommit() throws Exception {
            ConversationStore store = new ConversationStore(db, clock);

            concurrently(32, w -> {
                for (int i = 0; i < 10; i++) {
                    store.saveTurn("s" + (w % 8), "{\"turns\":" + i + "}", List.of(new Message("user", "w" + w + " q" + i, null, null, T0),
                            new Message("assistant", "a", "answered", null, T0)));
                }
            });

            int messages = 0;
            for (int s = 0; s < 8; s++) {
                messages += store.messages("s" + s).size();
            }
            assertEquals(32 * 10 * 2, messages);
        }
    }

    @Nested
    class Feedback {

        @Test
        void aRetriedWriteDoesNotDuplicate() {
            FeedbackStore store = new FeedbackStore(db);
            Entry e = new Entry("s1", "m1", "down", "wrong_fee", null, T0);

            store.save(e);
            store.save(e);

            assertEquals(1, store.count());
        }

        @Test
        void aChangedMindReplacesTheRating() {
            FeedbackStore store = new FeedbackStore(db);

            store.save(new Entry("s1", "m1", "up", null, null, T0));
            store.save(new Entry("s1", "m1", "down", "outdated", "phí đã đổi", T0.plusSeconds(5)));

            assertEquals(List.of(new Entry("s1", "m1", "down", "outdated", "phí đã đổi", T0)), store.recent(10));
        }

        @Test
        void thirtyTwoConcurrentWritersLoseAndDuplicateNothing() throws Exception {
            FeedbackStore store = new FeedbackStore(db);
            int entries = 800;

            // Each entry is written by two writers (w and w + 16), as a client retrying on another connection would.
            concurrently(32, writer -> {
                for (int i = writer % 16; i < entries; i += 16) {
                    store.save(new Entry("s" + (i % 40), "m" + i, i % 3 == 0 ? "down" : "up", null, null, T0.plusMillis(i)));
                }
            });

            List<Entry> all = store.recent(10_000);
            assertEquals(entries, all.size());
            assertEquals(entries, all.stream().map(Entry::messageId).distinct().count());
            assertEquals(entries, store.count());
        }
    }

    @Nested
    class Tickets {

        @Test
        void opensTicketsUnderUniqueReadableReferences() {
            TicketStore store = new TicketStore(db, clock);

            Set<String> references = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                references.add(store.open("s" + i, "hỏi cán bộ " + i, null).reference());
            }

            assertEquals(200, references.size());
            assertTrue(references.stream().allMatch(r -> r.matches("MC-[2-9A-HJ-NP-Z]{5}")), references.toString());
        }

        @Test
        void concurrentOpenersGetDistinctReferences() throws Exception {
            TicketStore store = new TicketStore(db, clock);
            Set<String> references = ConcurrentHashMap.newKeySet();

            concurrently(32, w -> {
                for (int i = 0; i < 10; i++) {
                    references.add(store.open("s" + w, "câu hỏi " + i, null).reference());
                }
            });

            assertEquals(320, references.size());
            assertEquals(320, store.listOpen(1000).size());
        }

        @Test
        void retriesAReferenceThatIsTaken() {
            new TicketStore(db, clock, new Random(7)).open("s1", "câu hỏi", null);

            Ticket second = new TicketStore(db, clock, new Random(7)).open("s2", "câu hỏi khác", null);

            assertEquals(2, new TicketStore(db, clock).listOpen(10).size());
            assertNotEquals(new TicketStore(db, clock, new Random(7)).newReference(), second.reference());
        }

        @Test
        void listsOpenTicketsOldestFirstUntilAnOfficerReplies() {
            TicketStore store = new TicketStore(db, clock);
            Ticket first = store.open("s1", "xin gặp cán bộ", "[phone]");
            clock.advanceMillis(10);
            Ticket second = store.open("s2", "cấp lại giấy khai sinh", null);

            Optional<Ticket> replied = store.reply(first.reference(), "Mời anh/chị đến UBND xã.");

            assertEquals(Status.ANSWERED, replied.orElseThrow().status());
            assertEquals("Mời anh/chị đến UBND xã.", store.find(first.reference()).orElseThrow().reply());
            assertEquals(List.of(second), store.listOpen(10));
            assertNull(second.reply());
        }

        @Test
        void replyingToAnUnknownReferenceChangesNothing() {
            TicketStore store = new TicketStore(db, clock);

            assertEquals(Optional.empty(), store.reply("MC-ZZZZZ", "?"));
        }
    }

    @Nested
    class Analytics {

        private void turn(ConversationStore conversations, String session, String question, String status, String procedure) {
            conversations.saveTurn(session, "{}", List.of(new Message("user", question, null, null, clock.instant()),
                    new Message("assistant", "reply", status, procedure, clock.instant())));
            clock.advanceMillis(1000);
        }

        private void seed() {
            ConversationStore conversations = new ConversationStore(db, clock);
            turn(conversations, "s1", "lệ phí khai sinh", "answered", "1.001");
            turn(conversations, "s1", "nuôi chó cần gì", "no_information", null);
            clock.advanceMillis(86_400_000L);
            turn(conversations, "s2", "khai sinh cần giấy tờ gì", "answered", "1.001");
            turn(conversations, "s2", "tạm trú ở đâu", "answered", "2.002");
            new FeedbackStore(db).save(new Entry("s2", "m-1", "down", "wrong", null, clock.instant()));
            new FeedbackStore(db).save(new Entry("s1", "m-2", "up", null, null, clock.instant()));
        }

        @Test
        void countsQuestionsPerUtcDay() {
            seed();

            List<AnalyticsStore.DayCount> days = new AnalyticsStore(db).questionsPerDay(T0);

            assertEquals(List.of(new AnalyticsStore.DayCount(java.time.LocalDate.of(2026, 1, 1), 2),
                    new AnalyticsStore.DayCount(java.time.LocalDate.of(2026, 1, 2), 2)), days);
        }

        @Test
        void ranksProceduresAndCountsStatusesAndRatings() {
            seed();
            AnalyticsStore analytics = new AnalyticsStore(db);

            assertEquals(List.of(new AnalyticsStore.ProcedureCount("1.001", 2), new AnalyticsStore.ProcedureCount("2.002", 1)),
                    analytics.topProcedures(T0, 10));
            assertEquals(java.util.Map.of("answered", 3L, "no_information", 1L), analytics.statuses(T0));
            assertEquals(java.util.Map.of("down", 1L, "up", 1L), analytics.ratings(T0));
        }

        @Test
        void listsUnansweredQuestionsAndWhatADownRatingRated() {
            seed();
            AnalyticsStore analytics = new AnalyticsStore(db);

            List<AnalyticsStore.Question> unanswered = analytics.questions("no_information", 10);
            List<AnalyticsStore.Rating> down = analytics.ratings("down", 10);

            assertEquals(List.of("nuôi chó cần gì"), unanswered.stream().map(AnalyticsStore.Question::questionMasked).toList());
            assertEquals(1, down.size());
            assertEquals("tạm trú ở đâu", down.get(0).questionMasked());
            assertEquals("wrong", down.get(0).reason());
            assertEquals(4, analytics.questions(null, 10).size());
            assertEquals(2, analytics.ratings(null, 10).size());
        }
    }

    @Test
    void purgeDeletesOnlyWhatIsOlderThanTheCutoff() {
        ConversationStore conversations = new ConversationStore(db, clock);
        FeedbackStore feedback = new FeedbackStore(db);
        TicketStore tickets = new TicketStore(db, clock);
        conversations.saveTurn("old", "{}", List.of(new Message("user", "cũ", null, null, T0)));
        feedback.save(new Entry("old", "m1", "up", null, null, T0));
        tickets.open("old", "cũ", null);
        clock.advanceMillis(86_400_000L);
        conversations.saveTurn("new", "{}", List.of(new Message("user", "mới", null, null, clock.instant())));
        feedback.save(new Entry("new", "m1", "up", null, null, clock.instant()));
        Ticket kept = tickets.open("new", "mới", null);

        Retention.Purged purged = new Retention(db).purge(T0.plusSeconds(3600));

        assertEquals(new Retention.Purged(1, 1, 1, 1), purged);
        assertEquals(Optional.empty(), conversations.findState("old"));
        assertEquals(1, conversations.messages("new").size());
        assertEquals(List.of("new"), feedback.recent(10).stream().map(Entry::sessionId).toList());
        assertEquals(List.of(kept), tickets.listOpen(10));
    }

    @Nested
    class Zalo {

        @Test
        void claimsAnEventOnceEvenFromAnotherOpeningOfTheDatabase() {
            ZaloStore store = new ZaloStore(db, clock);

            boolean first = store.claim("msg-1", "8412345678901234567890", "user_send_text");
            boolean again = store.claim("msg-1", "8412345678901234567890", "user_send_text");
            boolean reopened;
            try (Database other = Database.open(settings)) {
                reopened = new ZaloStore(other, clock).claim("msg-1", "8412345678901234567890", "user_send_text");
            }

            assertEquals(List.of(true, false, false), List.of(first, again, reopened));
            assertEquals(new ZaloStore.Event("msg-1", "8412345678901234567890", "user_send_text", ZaloStore.EventStatus.RECEIVED, null, T0),
                    store.event("msg-1").orElseThrow());
        }

        @Test
        void concurrentClaimsOfOneEventHaveOneWinner() throws Exception {
            ZaloStore store = new ZaloStore(db, clock);
            AtomicLong winners = new AtomicLong();

            concurrently(8, writer -> {
                if (store.claim("msg-race", "u1", "user_send_text")) {
                    winners.incrementAndGet();
                }
            });

            assertEquals(1, winners.get());
        }

        @Test
        void recordsWhatBecameOfAnEventAndReleasesOnlyUnfinishedClaims() {
            ZaloStore store = new ZaloStore(db, clock);
            store.claim("a", "u1", "user_send_text");
            store.claim("b", "u1", "follow");

            store.mark("a", ZaloStore.EventStatus.FAILED, "x".repeat(300));
            store.release("a");
            store.release("b");

            assertEquals(ZaloStore.EventStatus.FAILED, store.event("a").orElseThrow().status());
            assertEquals(200, store.event("a").orElseThrow().detail().length());
            assertEquals(Optional.empty(), store.event("b"));
            assertTrue(store.claim("b", "u1", "follow"), "a released claim can be taken again");
        }

        @Test
        void replacesTheTokenPairAndSeedsOnlyAnEmptyStore() {
            ZaloStore store = new ZaloStore(db, clock);
            ZaloStore.Tokens seeded = new ZaloStore.Tokens(null, "rt-0", Instant.EPOCH);
            ZaloStore.Tokens rotated = new ZaloStore.Tokens("tok-1", "rt-1", T0.plusSeconds(90_000));

            boolean first = store.seedTokens(seeded);
            store.saveTokens(rotated);
            boolean second = store.seedTokens(seeded);

            assertEquals(List.of(true, false), List.of(first, second));
            assertEquals(Optional.of(rotated), store.tokens());
            try (Database other = Database.open(settings)) {
                assertEquals(Optional.of(rotated), new ZaloStore(other, clock).tokens());
            }
        }

        @Test
        void purgingForgetsOnlyEventsOlderThanTheCutoff() {
            ZaloStore store = new ZaloStore(db, clock);
            store.claim("old", "u1", "user_send_text");
            clock.advanceMillis(3_600_000);
            store.claim("new", "u1", "user_send_text");

            int purged = store.purgeEvents(T0.plusSeconds(60));

            assertEquals(1, purged);
            assertEquals(Optional.empty(), store.event("old"));
            assertTrue(store.event("new").isPresent());
        }

        @Test
        void tokensNeverShowInText() {
            String shown = new ZaloStore.Tokens("secret-access", "secret-refresh", T0).toString();

            assertFalse(shown.contains("secret"), shown);
        }
    }

    @Nested
    class Officers {

        @Test
        void anAccountIsAddedOnceAndFoundByName() {
            OfficerStore store = new OfficerStore(db, clock);

            boolean first = store.addAccount("lan", "officer", "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
            boolean again = store.addAccount("lan", "admin", "other");

            assertTrue(first);
            assertFalse(again);
            OfficerStore.Account a = store.account("lan").orElseThrow();
            assertEquals(List.of("lan", "officer", "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==", T0), List.of(a.name(), a.role(), a.tokenHash(), a.createdAt()));
            assertNull(a.revokedAt());
        }

        @Test
        void aSessionLastsUntilItExpiresOrTheAccountIsRevoked() {
            OfficerStore store = new OfficerStore(db, clock);
            store.addAccount("lan", "officer", "h1");
            store.addAccount("minh", "admin", "h2");
            store.addSession("s-lan", store.account("lan").orElseThrow().id(), T0.plusSeconds(60));
            store.addSession("s-minh", store.account("minh").orElseThrow().id(), T0.plusSeconds(60));

            boolean revoked = store.revoke("minh");
            clock.advanceMillis(59_000);
            Optional<OfficerStore.Account> live = store.sessionAccount("s-lan");
            clock.advanceMillis(1_000);

            assertTrue(revoked);
            assertEquals("lan", live.orElseThrow().name());
            assertEquals(Optional.empty(), store.sessionAccount("s-lan"));
            assertEquals(Optional.empty(), store.sessionAccount("s-minh"));
            assertEquals(T0, store.account("minh").orElseThrow().revokedAt());
            assertFalse(store.revoke("minh"));
        }

        @Test
        void startingASessionDropsTheExpiredOnes() throws Exception {
            OfficerStore store = new OfficerStore(db, clock);
            store.addAccount("lan", "officer", "h1");
            String id = store.account("lan").orElseThrow().id();
            store.addSession("old", id, T0.plusSeconds(1));

            clock.advanceMillis(1_000);
            store.addSession("new", id, T0.plusSeconds(60));

            try (Connection c = db.connection();
                    PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM officer_sessions");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                List<String> left = new ArrayList<>();
                while (rs.next()) {
                    left.add(rs.getString(1));
                }
                assertEquals(List.of("new"), left);
            }
        }

        @Test
        void theAuditLogKeepsEveryRowNewestFirst() {
            AuditStore audit = new AuditStore(db, clock);

            audit.append("cli", "account.add", "lan officer");
            clock.advanceMillis(1_000);
            audit.append("lan", "officer.chat", "lệ phí [phone]");
            audit.append(null, "login.failed", null);

            assertEquals(List.of(new AuditStore.Entry(T0.plusSeconds(1), "lan", "officer.chat", "lệ phí [phone]")), audit.recent("officer.chat", 10));
            assertEquals(3, audit.recent(null, 10).size());
            assertEquals("account.add", audit.recent(null, 10).get(2).action());
        }
    }

    @Nested
    class Migrations {

        @Test
        void applyingThemTwiceIsANoOp() {
            int again = db.migrate();

            try (Database reopened = Database.open(settings)) {
                assertEquals(0, again);
                assertEquals(0, reopened.migrationsApplied());
            }
            assertEquals(MIGRATIONS, db.migrationsApplied());
        }

        @Test
        void upgradeADatabaseAtTheFirstVersionAndKeepItsRows() throws Exception {
            StoreSettings old = freshDatabase();
            try (Database v1 = Database.open(old, "1");
                    Connection c = v1.connection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO feedback (id, session_id, message_id, rating, reason, created_at) "
                            + "VALUES ('f1', 's1', 'm1', 'down', 'wrong_fee', ?)")) {
                assertEquals(1, v1.migrationsApplied());
                ps.setLong(1, T0.toEpochMilli());
                ps.executeUpdate();
            }

            try (Database upgraded = Database.open(old)) {

                assertEquals(MIGRATIONS - 1, upgraded.migrationsApplied());
                assertEquals(List.of(new Entry("s1", "m1", "down", "wrong_fee", null, T0)), new FeedbackStore(upgraded).recent(10));
            }
        }
    }

    /** Runs {@code work(writer)} on {@code writers} threads released at once; rethrows the first failure. */
    static void concurrently(int writers, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    work.run(writer);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    /** What one concurrent writer does. */
    interface Work {
        void run(int writer) throws Exception;
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private final AtomicLong millis;

        TestClock(Instant start) {
            this.millis = new AtomicLong(start.toEpochMilli());
        }

        void advanceMillis(long ms) {
            millis.addAndGet(ms);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock has one zone");
        }
    }
}
