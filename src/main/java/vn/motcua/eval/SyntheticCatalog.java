package vn.motcua.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.catalog.Procedure;

/**
 * A synthetic catalogue of any size for load tests, made from real records: record {@code i} takes
 * the body of one real procedure, a name made of two real names' halves, and code {@code 9.xxxxxx}.
 * Seeded, so every run builds the same catalogue. Never written to the knowledge base.
 */
public final class SyntheticCatalog {

    private SyntheticCatalog() {}

    public static List<Procedure> of(List<Procedure> real, int size, long seed) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("need at least one real procedure");
        }
        if (size > 999_999) {
            throw new IllegalArgumentException("size must be below 1,000,000: " + size);
        }
        Random rnd = new Random(seed);
        List<Procedure> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Procedure body = real.get(rnd.nextInt(real.size()));
            String a = real.get(rnd.nextInt(real.size())).name();
            String b = real.get(rnd.nextInt(real.size())).name();
            String name = a.substring(0, a.length() / 2) + " " + b.substring(b.length() / 2);
            out.add(new Procedure(String.format("9.%06d", i), name, body.decision(), body.levels(), body.field(), body.kind(),
                    body.targetGroup(), body.agencies(), body.receptionAddress(), body.steps(), body.channels(), body.documents(),
                    body.conditions(), body.result(), body.legalBasis(), body.keywords(), body.notes(), body.source()));
        }
        return out;
    }
}
