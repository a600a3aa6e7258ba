package vn.motcua.eval;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import vn.motcua.catalog.Procedure;

/**
 * A synthetic catalogue of any size for load tests, made from real records: record {@code i} takes
 * the body of one real procedure, a name made of two real names' halves, and code {@code 9.xxxxxx}.
 * Seeded, so every run builds the same catalogue. Never written to the knowledge base.
 */
public final class SyntheticCatalog {

    private SyntheticCatalog() {}

    /** {@code size} synthetic records, generated one at a time as the iterator is consumed. */
    public static Iterable<Procedure> of(List<Procedure> real, int size, long seed) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("need at least one real procedure");
        }
        if (size < 0 || size > 999_999) {
            throw new IllegalArgumentException("size must be between 0 and 999,999: " + size);
        }
        return () -> new Iterator<>() {
            private final Random rnd = new Random(seed);
            private int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public Procedure next() {
                if (i >= size) {
                    throw new NoSuchElementException();
                }
                Procedure body = real.get(rnd.nextInt(real.size()));
                String a = real.get(rnd.nextInt(real.size())).name();
                String b = real.get(rnd.nextInt(real.size())).name();
                String name = a.substring(0, a.length() / 2) + " " + b.substring(b.length() / 2);
                return new Procedure(String.format("9.%06d", i++), name, body.decision(), body.levels(), body.field(), body.kind(),
                        body.targetGroup(), body.agencies(), body.receptionAddress(), body.steps(), body.channels(),
                        body.documents(), body.conditions(), body.result(), body.legalBasis(), body.keywords(), body.notes(),
                        body.source());
            }
        };
    }
}
