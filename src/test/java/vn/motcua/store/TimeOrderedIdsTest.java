package vn.motcua.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final long T = Instant.parse("2026-11-22T10:00:00Z").toEpochMilli();

    @Test
    void isAVersion7UuidCarryingItsTime() {
        UUID id = UUID.fromString(TimeOrderedIds.at(T, new SplittableRandom(1)));
        assertEquals(7, id.version());
        assertEquals(2, id.variant(), "the RFC 9562 variant");
        assertEquals(T, id.getMostSignificantBits() >>> 16, "the first 48 bits are the milliseconds");
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        SplittableRandom random = new SplittableRandom(2);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(TimeOrderedIds.at(T + 3L * i, random));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        SplittableRandom random = new SplittableRandom(3);
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(TimeOrderedIds.at(T, random)));
        }
    }

    @Test
    void rejectsATimeOutsideFortyEightBits() {
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.at(-1, new SplittableRandom(4)));
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.at(1L << 48, new SplittableRandom(4)));
    }
}
