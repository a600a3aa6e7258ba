package vn.motcua.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 with a weaker length normalisation on procedure names. Names run from three words to
 * sixty (the catalogue appends long lists of cases in parentheses); full normalisation lets any
 * short name beat the right long one on a shared word or two.
 */
final class FieldSimilarity extends PerFieldSimilarityWrapper {

    static final float NAME_B = 0.3f;

    private final Similarity names = new BM25Similarity(1.2f, NAME_B);
    private final Similarity others = new BM25Similarity();

    @Override
    public Similarity get(String field) {
        return field.startsWith(Fields.Group.NAME.base) ? names : others;
    }
}
