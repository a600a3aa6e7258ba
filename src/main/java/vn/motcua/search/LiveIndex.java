package vn.motcua.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The index generation that searches use now. {@link #swapTo} opens a new generation and makes it
 * current in one step; searches already running finish on the old one, which is closed when its
 * last searcher is released. Searches never stop and never see a mix of generations.
 */
public final class LiveIndex implements Closeable {

    private record Generation(Path dir, SearcherManager procedures, SearcherManager regulations, SearcherManager internal) {}

    private enum Part { PROCEDURES, REGULATIONS, INTERNAL }

    /** Every searcher scores with {@link FieldSimilarity}; the factory holds no state. */
    private static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new FieldSimilarity());
            return s;
        }
    };

    private final AtomicReference<Generation> current = new AtomicReference<>();

    /** Opens a published generation folder (procedures/, regulations/ and internal/ inside). */
    public LiveIndex(Path generation) {
        current.set(open(generation));
    }

    private static Generation open(Path dir) {
        try {
            return new Generation(dir,
                    new SearcherManager(FSDirectory.open(dir.resolve(IndexBuilder.PROCEDURES)), FACTORY),
                    new SearcherManager(FSDirectory.open(dir.resolve(IndexBuilder.REGULATIONS)), FACTORY),
                    new SearcherManager(FSDirectory.open(dir.resolve(IndexBuilder.INTERNAL)), FACTORY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + dir, e);
        }
    }

    /** Switches every later search to another generation and releases the old one. */
    public void swapTo(Path generation) {
        Generation fresh = open(generation);
        Generation old = current.getAndSet(fresh);
        closeQuietly(old);
    }

    /** Something to run with an acquired searcher. */
    @FunctionalInterface
    public interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T withProcedures(Work<T> work) {
        return with(work, Part.PROCEDURES);
    }

    <T> T withRegulations(Work<T> work) {
        return with(work, Part.REGULATIONS);
    }

    /** The internal collection; only {@link GuidanceSearcher} reads it, always with an {@link Audience} filter. */
    <T> T withInternal(Work<T> work) {
        return with(work, Part.INTERNAL);
    }

    private <T> T with(Work<T> work, Part part) {
        for (int attempt = 0; ; attempt++) {
            Generation g = current.get();
            SearcherManager m = switch (part) {
                case PROCEDURES -> g.procedures();
                case REGULATIONS -> g.regulations();
                case INTERNAL -> g.internal();
            };
            IndexSearcher s;
            try {
                s = m.acquire();
            } catch (AlreadyClosedException e) {
                // Swapped out between reading the reference and acquiring; the new one is current.
                if (attempt < 3) {
                    continue;
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot acquire searcher", e);
            }
            try {
                return work.run(s);
            } catch (IOException e) {
                throw new UncheckedIOException("search failed on " + g.dir(), e);
            } finally {
                try {
                    m.release(s);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot release searcher", e);
                }
            }
        }
    }

    private static void closeQuietly(Generation g) {
        try {
            g.procedures().close();
            g.regulations().close();
            g.internal().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + g.dir(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(current.get());
    }
}
