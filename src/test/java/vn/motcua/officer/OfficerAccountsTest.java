package vn.motcua.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.AuditStore;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;

/** Accounts over a real SQLite database: tokens shown once and kept only as hashes, logins, sessions, revocation, audit. */
class OfficerAccountsTest {

    @TempDir
    Path dir;
    private Database db;
    private OfficerAccounts accounts;

    @BeforeEach
    void open() {
        db = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        accounts = OfficerFixtures.accounts(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theLoginTokenLogsInAndIsStoredOnlyAsASaltedHash() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);

        var login = accounts.login("lan", token).orElseThrow();

        assertEquals(new Officer("lan", Officer.Role.OFFICER), login.officer());
        assertEquals(login.officer(), accounts.session(login.sessionToken()).orElseThrow());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("motcua.db"));
                var rs = c.createStatement().executeQuery("SELECT token_hash FROM officer_accounts UNION ALL SELECT token_hash FROM officer_sessions")) {
            while (rs.next()) {
                String stored = rs.getString(1);
                assertFalse(stored.contains(token) || stored.contains(login.sessionToken()), stored);
            }
        }
    }

    @Test
    void aWrongTokenAnUnknownNameAndARevokedAccountAreRefused() {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);
        String other = accounts.add("minh", true, OfficerAccounts.CLI);
        String session = accounts.login("minh", other).orElseThrow().sessionToken();

        accounts.revoke("minh", OfficerAccounts.CLI);

        assertTrue(accounts.login("lan", token + "x").isEmpty());
        assertTrue(accounts.login("nobody", token).isEmpty());
        assertTrue(accounts.login("minh", other).isEmpty());
        assertTrue(accounts.session(session).isEmpty(), "revoking ends the sessions");
        assertTrue(accounts.session("forged").isEmpty());
    }

    @Test
    void aTakenOrMalformedNameIsRefused() {
        accounts.add("lan", false, OfficerAccounts.CLI);

        assertThrows(IllegalArgumentException.class, () -> accounts.add("lan", true, OfficerAccounts.CLI));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("a b", true, OfficerAccounts.CLI));
        assertEquals(List.of("lan"), accounts.list().stream().map(OfficerAccounts.Listed::name).toList());
    }

    @Test
    void everyAccountChangeAndLoginIsAudited() {
        String token = accounts.add("lan", true, OfficerAccounts.CLI);
        accounts.login("lan", "wrong");
        accounts.login("lan", token);
        accounts.revoke("lan", OfficerAccounts.CLI);

        List<String> actions = new AuditStore(db, java.time.Clock.systemUTC()).recent(null, 10).stream()
                .map(e -> e.account() + " " + e.action()).toList();

        assertEquals(4, actions.size(), actions.toString());
        assertTrue(actions.containsAll(List.of("cli account.add", "lan login.failed", "lan login", "cli account.revoke")), actions.toString());
    }
}
