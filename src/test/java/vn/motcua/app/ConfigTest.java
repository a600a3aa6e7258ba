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

    @Test
    void theDatabaseIsAnSqliteFileInTheDataFolderByDefault() {
        Config c = Config.load(Map.of(), Path.of("/opt/motcua"));

        assertEquals("jdbc:sqlite:/opt/motcua/data/motcua.db", c.store().jdbcUrl());
        assertEquals(180, c.store().retentionDays());
    }

    @Test
    void aPostgresUrlSelectsPostgresAndItsPasswordIsNeverShown() {
        Config c = Config.load(Map.of("MOTCUA_DB_URL", "jdbc:postgresql://db.internal:5432/motcua", "MOTCUA_DB_USER", "motcua",
                "MOTCUA_DB_PASSWORD", "s3cret-pw", "MOTCUA_RETENTION_DAYS", "30"), Path.of("/opt/motcua"));

        assertTrue(c.store().isPostgres());
        assertEquals(30, c.store().retentionDays());
        assertTrue(!c.toString().contains("s3cret-pw") && c.toString().contains("password=***"), c.toString());
    }

    @Test
    void badDatabaseSettingsAreReportedTogether() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(Map.of("MOTCUA_DB_URL", "jdbc:mysql://x/y", "MOTCUA_RETENTION_DAYS", "many"), Path.of("/opt")));

        assertTrue(e.getMessage().contains("MOTCUA_RETENTION_DAYS"), e.getMessage());
    }

    @Test
    void officerLoginDefaultsToSlowHashesAndPlainCookies() {
        Config c = Config.load(Map.of(), Path.of("/opt/motcua"));

        assertEquals(210_000, c.officer().hashIterations());
        assertEquals(false, c.officer().secureCookie());
    }

    @Test
    void aSecureCookieAndATooLowIterationCountAreRead() {
        Config secure = Config.load(Map.of("MOTCUA_COOKIE_SECURE", "true"), Path.of("/opt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(Map.of("MOTCUA_OFFICER_HASH_ITERATIONS", "10"), Path.of("/opt")));

        assertTrue(secure.officer().secureCookie());
        assertTrue(Config.load(Map.of("MOTCUA_PUBLIC_URL", "https://motcua.example.vn"), Path.of("/opt")).officer().secureCookie());
        assertEquals(false, Config.load(Map.of("MOTCUA_PUBLIC_URL", "https://motcua.example.vn", "MOTCUA_COOKIE_SECURE", "false"), Path.of("/opt"))
                .officer().secureCookie());
        assertTrue(e.getMessage().contains("at least 1000"), e.getMessage());
    }

    @Test
    void theZaloChannelIsOffByDefaultAndItsSecretsAreNeverShown() {
        Config off = Config.load(Map.of(), Path.of("/opt/motcua"));
        Config on = Config.load(Map.of("ZALO_APP_ID", "1234567890123456789", "ZALO_APP_SECRET", "app-s3cret", "ZALO_OA_SECRET_KEY", "oa-s3cret",
                "ZALO_REFRESH_TOKEN", "rt-s3cret", "ZALO_OPENAPI_URL", "http://127.0.0.1:9/", "MOTCUA_PUBLIC_URL", "https://xa.example.vn",
                "ZALO_WEBHOOK_WINDOW_SECONDS", "120", "ZALO_RATE_LIMIT_PER_SECOND", "5"), Path.of("/opt/motcua"));

        assertTrue(!off.zalo().isEnabled());
        assertTrue(on.zalo().isEnabled());
        assertEquals("http://127.0.0.1:9", on.zalo().openapiUrl().toString());
        assertEquals("https://oauth.zaloapp.com", on.zalo().oauthUrl().toString());
        assertEquals(java.time.Duration.ofMinutes(2), on.zalo().timestampWindow());
        assertEquals(5, on.zalo().requestsPerSecond());
        assertTrue(!on.toString().contains("s3cret"), on.toString());
    }

    @Test
    void aPartialZaloConfigurationIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(Map.of("ZALO_APP_ID", "123", "ZALO_OA_SECRET_KEY", "k"), Path.of("/opt")));

        assertTrue(e.getMessage().contains("ZALO_APP_SECRET"), e.getMessage());
    }
}
