package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A value derived from a record (its parsed form, its folded words, its rendered card), kept per
 * code for the object it was derived from: asked again with the same source object, it returns the
 * kept value; with another object (a record read again from a newer index, or built elsewhere) it
 * derives and keeps a fresh one. The source is compared by identity, never by equals, which for a
 * record would walk all its fields. Emptied when full: a bound, not an eviction policy, since the
 * whole catalogue fits.
 *
 * @param <V> the derived value; it must be immutable, since callers on any thread share it
 */
public final class PerRecord<V> {

    private record Entry<V>(Object source, V value) {}

    private final int limit;
    private final Map<String, Entry<V>> byCode = new ConcurrentHashMap<>();

    /** @param limit how many codes are kept before the map starts over */
    public PerRecord(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** The value kept for this code and source object, else {@code derive}'s, which is then kept. */
    public V get(String code, Object source, Supplier<V> derive) {
        V known = kept(code, source);
        return known != null ? known : keep(code, source, derive.get());
    }

    /** The value kept for this code and source object, or null. */
    public V kept(String code, Object source) {
        requireNonNull(code, "code may not be null");
        requireNonNull(source, "source may not be null");
        Entry<V> e = byCode.get(code);
        return e != null && e.source() == source ? e.value() : null;
    }

    /** Keeps the value derived from this source object for the code, and returns it. */
    public V keep(String code, Object source, V value) {
        requireNonNull(code, "code may not be null");
        requireNonNull(source, "source may not be null");
        requireNonNull(value, "a derived value may not be null");
        if (byCode.size() >= limit) {
            byCode.clear();
        }
        byCode.put(code, new Entry<>(source, value));
        return value;
    }

    /** Codes kept now (for tests and metrics). */
    public int size() {
        return byCode.size();
    }
}
