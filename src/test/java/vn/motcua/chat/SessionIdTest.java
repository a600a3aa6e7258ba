package vn.motcua.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionIdTest {

    private static final long T = Instant.parse("2026-11-22T10:00:00Z").toEpochMilli();

    @Test
    void aFreshIdPassesItsOwnCheck() {
        String id = SessionId.fresh(T, new SecureRandom());
        assertEquals(id, SessionId.check(id));
        assertEquals(2 + 12 + 16, id.length());
    }

    @Test
    void freshIdsSortByAgeAndNeverRepeat() {
        SecureRandom random = new SecureRandom();
        String earlier = SessionId.fresh(T, random);
        String later = SessionId.fresh(T + 1, random);
        assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
        assertNotEquals(SessionId.fresh(T, random), SessionId.fresh(T, random));
    }

    @Test
    void rejectsATimeOutsideFortyEightBits() {
        assertThrows(IllegalArgumentException.class, () -> SessionId.fresh(-1, new SecureRandom()));
    }

    @Test
    void checkRejectsWhatCouldEscapeAFolderOrAQuery() {
        for (String bad : new String[] {"", "../etc", "a b", "x".repeat(65), "s-'1'"}) {
            assertThrows(IllegalArgumentException.class, () -> SessionId.check(bad), bad);
        }
    }
}
