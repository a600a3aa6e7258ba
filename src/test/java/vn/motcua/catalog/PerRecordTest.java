package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerRecordTest {

    /** Two sources that are equal but not the same object, as a record read twice from the index is. */
    private record Source(String code) {}

    @Test
    void derivesOncePerSourceObjectAndAgainForAnotherEvenIfEqual() {
        PerRecord<String> memo = new PerRecord<>(10);
        AtomicInteger derived = new AtomicInteger();
        Source first = new Source("1.001193");
        Source equalCopy = new Source("1.001193");

        String a = memo.get("1.001193", first, () -> "v" + derived.incrementAndGet());
        String b = memo.get("1.001193", first, () -> "v" + derived.incrementAndGet());
        String c = memo.get("1.001193", equalCopy, () -> "v" + derived.incrementAndGet());

        assertSame(a, b);
        assertEquals("v1", a);
        assertEquals("v2", c);
        assertNull(memo.kept("1.001193", first), "the newer source replaced the older one");
        assertEquals("v2", memo.kept("1.001193", equalCopy));
    }

    @Test
    void startsOverWhenFull() {
        PerRecord<Integer> memo = new PerRecord<>(3);
        Object source = new Object();
        for (int i = 0; i < 3; i++) {
            memo.keep("c" + i, source, i);
        }
        assertEquals(3, memo.size());
        memo.keep("c3", source, 3);
        assertEquals(1, memo.size());
        assertEquals(3, memo.kept("c3", source));
        assertNull(memo.kept("c0", source));
    }

    @Test
    void refusesNullsAndABadLimit() {
        PerRecord<String> memo = new PerRecord<>(1);
        assertThrows(NullPointerException.class, () -> memo.get("c", new Object(), () -> null));
        assertThrows(NullPointerException.class, () -> memo.kept(null, new Object()));
        assertThrows(IllegalArgumentException.class, () -> new PerRecord<String>(0));
    }
}
