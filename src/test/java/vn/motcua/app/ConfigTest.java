package vn.motcua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsResolveAgainstHome() {
        Config c = Config.load(Map.of(), Path.of("/opt/motcua"));

        assertEquals(Path.of("/opt/motcua/knowledge-base"), c.knowledgeBase());
        assertEquals(Path.of("/opt/motcua/data"), c.dataDir());
    }

    @Test
    void environmentWins() {
        Config c = Config.load(Map.of("MOTCUA_KB_DIR", "/srv/kb"), Path.of("/opt/motcua"));

        assertEquals(Path.of("/srv/kb"), c.knowledgeBase());
    }

    @Test
    void missingConfigFileIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(Map.of("MOTCUA_CONFIG", "/nonexistent/motcua.properties"), Path.of("/opt")));

        assertTrue(e.getMessage().contains("MOTCUA_CONFIG"));
    }
}
