package vn.motcua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.motcua.store.AuditStore;

/** {@code motcua officer add|revoke|list} over a real database in a temporary data folder. */
class OfficerCommandTest {

    @TempDir
    Path home;
    private Wiring wiring;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        wiring = new Wiring(Config.load(Map.of("MOTCUA_DATA_DIR", "data", "MOTCUA_OFFICER_HASH_ITERATIONS", "1000"), home));
    }

    @AfterEach
    void close() {
        wiring.closeDatabase();
    }

    private int run(Object command, String... args) {
        out.getBuffer().setLength(0);
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void addPrintsTheTokenOnceAndListNeverShowsIt() {
        int added = run(new OfficerCommand.Add(() -> wiring), "lan.nguyen", "--admin");
        List<String> lines = out.toString().lines().toList();
        String token = lines.get(1);
        int listed = run(new OfficerCommand.ListAccounts(() -> wiring));

        assertEquals(0, added);
        assertEquals(0, listed);
        assertEquals(43, token.length(), lines.toString());
        assertTrue(out.toString().startsWith("lan.nguyen\tadmin\t"), out.toString());
        assertFalse(out.toString().contains(token));
    }

    @Test
    void revokeEndsTheAccountAndIsAudited() {
        run(new OfficerCommand.Add(() -> wiring), "lan.nguyen");

        int revoked = run(new OfficerCommand.Revoke(() -> wiring), "lan.nguyen");
        int again = run(new OfficerCommand.Revoke(() -> wiring), "lan.nguyen");
        run(new OfficerCommand.ListAccounts(() -> wiring));

        assertEquals(0, revoked);
        assertEquals(1, again);
        assertTrue(out.toString().contains("revoked "), out.toString());
        assertEquals(List.of("account.revoke", "account.add"),
                new AuditStore(wiring.database(), java.time.Clock.systemUTC()).recent(null, 10).stream().map(AuditStore.Entry::action).toList());
    }

    @Test
    void aBadOrTakenNameExitsWithAUsageError() {
        run(new OfficerCommand.Add(() -> wiring), "lan");

        assertEquals(2, run(new OfficerCommand.Add(() -> wiring), "lan"));
        assertEquals(2, run(new OfficerCommand.Add(() -> wiring), "có dấu"));
    }
}
