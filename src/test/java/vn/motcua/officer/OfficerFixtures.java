package vn.motcua.officer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.OfficerAnswers;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.search.GuidanceSearcher;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.SearchSettings;
import vn.motcua.search.Synonyms;
import vn.motcua.store.AnalyticsStore;
import vn.motcua.store.AuditStore;
import vn.motcua.store.Database;
import vn.motcua.store.OfficerStore;
import vn.motcua.store.TicketStore;

/** Officer accounts and routes over a real database and index, with a cheap PBKDF2 count so tests stay fast. */
public final class OfficerFixtures {

    /** The least iteration count settings accept; production uses 210,000. */
    public static final OfficerSettings FAST = new OfficerSettings(false, OfficerSettings.MIN_HASH_ITERATIONS, Duration.ofHours(8));

    private OfficerFixtures() {}

    public static OfficerAccounts accounts(Database db) {
        Clock clock = Clock.systemUTC();
        return new OfficerAccounts(new OfficerStore(db, clock), new AuditStore(db, clock), FAST, clock);
    }

    public static OfficerAnswers answers(AnswerService answers, LiveIndex index) {
        return new OfficerAnswers(answers, new GuidanceSearcher(index, SearchSettings.PRODUCTION, Synonyms.load(Path.of("knowledge-base/synonyms.txt")),
                KnowledgeBaseJson.mapper()));
    }

    public static OfficerRoutes routes(Database db, OfficerAccounts accounts, AnswerService answers, LiveIndex index) {
        return routes(db, accounts, answers, index, FAST);
    }

    public static OfficerRoutes routes(Database db, OfficerAccounts accounts, AnswerService answers, LiveIndex index, OfficerSettings settings) {
        Clock clock = Clock.systemUTC();
        return new OfficerRoutes(new HandoffService(new TicketStore(db, clock)), new AnalyticsStore(db), accounts, answers(answers, index),
                new InMemoryConversations(100), clock, KnowledgeBaseJson.mapper(), settings);
    }

    /** Logs in and returns the session token, as a Bearer client gets it. */
    public static String session(OfficerAccounts accounts, String name, String loginToken) {
        return accounts.login(name, loginToken).orElseThrow().sessionToken();
    }
}
