package vn.motcua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"--help"}, {"kb", "--help"}, {"kb", "import", "--help"}, {"kb", "check", "--help"},
                {"kb", "regulations", "--help"}, {"eval", "--help"}, {"eval", "diff", "--help"}, {"eval", "gate", "--help"},
                {"officer", "--help"}, {"officer", "add", "--help"}, {"officer", "revoke", "--help"}, {"officer", "list", "--help"}}) {
            out.getBuffer().setLength(0);

            int code = run(cmd);

            assertEquals(0, code, String.join(" ", cmd));
            assertTrue(out.toString().startsWith("Usage: motcua"), out.toString());
        }
    }

    @Test
    void unknownFormatExitsNonZeroWithOneLine() {
        int code = run("kb", "import", "--format", "xml", "x");

        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("unknown format 'xml'"));
        assertTrue(err.toString().contains("motcua kb import --help"));
    }

    @Test
    void evalWithoutGoldOrSubcommandExitsNonZeroWithOneLine() {
        int code = run("eval");

        assertEquals(2, code);
        assertEquals("motcua: eval needs --gold and --out (or a subcommand: diff, gate) (see: motcua eval --help)", err.toString().strip());
    }

    @Test
    void gateWithAMissingBaselineExitsNonZeroNamingIt() {
        int code = run("eval", "gate", "--gold", "eval/gold/clarify.jsonl", "--thresholds", "eval/thresholds.json", "--baseline", "no-such.json");

        assertEquals(2, code);
        assertTrue(err.toString().startsWith("motcua: no such file: no-such.json"), err.toString());
    }

    @Test
    void missingCommandExitsNonZero() {
        int code = run();

        assertEquals(2, code);
        assertTrue(err.toString().contains("missing command"));
    }

    @Test
    void unknownOptionExitsNonZero() {
        int code = run("kb", "check", "--nope");

        assertEquals(2, code);
        assertTrue(err.toString().startsWith("motcua: Unknown option"), err.toString());
    }
}
