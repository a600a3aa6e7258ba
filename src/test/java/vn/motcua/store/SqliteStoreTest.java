package vn.motcua.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository suite on an SQLite file in a temp folder, plus what only SQLite needs. */
class SqliteStoreTest extends StoreTest {

    @TempDir
    Path dir;

    private int databases;

    @Override
    StoreSettings freshDatabase() {
        return StoreSettings.sqlite(dir.resolve("db" + databases++).resolve("motcua.db"));
    }

    @Test
    void createsTheFileAndItsFolderOnFirstOpen() {
        Path file = dir.resolve("absent").resolve("data").resolve("motcua.db");

        try (Database fresh = Database.open(StoreSettings.sqlite(file))) {

            assertTrue(Files.isRegularFile(file));
            assertEquals(StoreTest.MIGRATIONS, fresh.migrationsApplied());
        }
    }

    @Test
    void runsInWalModeWithForeignKeysABusyTimeoutAndALargerPageCache() throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            assertEquals("wal", pragma(s, "journal_mode"));
            assertEquals(String.valueOf(-Database.SQLITE_CACHE_KIB), pragma(s, "cache_size"));
            assertEquals("1", pragma(s, "foreign_keys"));
            assertEquals(String.valueOf(Database.SQLITE_BUSY_TIMEOUT_MS), pragma(s, "busy_timeout"));
        }
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
