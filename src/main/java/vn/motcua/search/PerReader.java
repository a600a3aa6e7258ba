package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * State that belongs to one index reader (term states, postings, facts read from doc values):
 * asked with the searcher of another reader, a new index generation, it starts afresh and the old
 * state is dropped. Readers are compared by identity.
 *
 * @param <T> the state; callers on any thread share it, so it must be safe for that
 */
final class PerReader<T> {

    private record Held<T>(IndexReaderContext context, T state) {}

    private final Function<IndexSearcher, T> fresh;
    private final AtomicReference<Held<T>> current = new AtomicReference<>();

    /** @param fresh makes the empty state for a searcher's reader */
    PerReader(Function<IndexSearcher, T> fresh) {
        this.fresh = requireNonNull(fresh, "fresh may not be null");
    }

    /** The state for the searcher's reader. */
    T get(IndexSearcher searcher) {
        IndexReaderContext context = searcher.getTopReaderContext();
        Held<T> held = current.get();
        if (held != null && held.context() == context) {
            return held.state();
        }
        Held<T> made = new Held<>(context, fresh.apply(searcher));
        // Another thread may have installed a state meanwhile, for this reader or another: ask again.
        return current.compareAndExchange(held, made) == held ? made.state() : get(searcher);
    }
}
