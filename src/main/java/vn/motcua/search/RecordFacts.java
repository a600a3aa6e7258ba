package vn.motcua.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a search reads of a procedure besides its score (code, name, level, field, re-ranking
 * facts), read from doc values once per document and index generation rather than for each of
 * the thirty candidates of every search. A new reader starts afresh; the table holds one entry
 * per document read (a few hundred bytes each).
 */
final class RecordFacts {

    /**
     * A record's facts: {@code name} prepared for {@link Reranker}, {@code prior} from
     * {@link Reranker#prior}, {@code traits} from {@link Reranker.Traits}.
     */
    record Facts(String code, String displayName, String field, List<String> levels, Reranker.Name name, float prior, Reranker.Traits traits) {}

    private final PerReader<AtomicReferenceArray<Facts>> byDoc = new PerReader<>(s -> new AtomicReferenceArray<>(s.getIndexReader().maxDoc()));

    /** The facts of a top-level document id of the searcher's reader. */
    Facts of(IndexSearcher s, int doc) throws IOException {
        AtomicReferenceArray<Facts> table = byDoc.get(s);
        Facts f = table.get(doc);
        if (f == null) {
            f = read(s, doc);
            table.set(doc, f);
        }
        return f;
    }

    private static Facts read(IndexSearcher s, int doc) throws IOException {
        String levels = docValue(s, doc, Fields.DV_LEVELS);
        long prior = numericValue(s, doc, Fields.DV_PRIOR);
        String field = docValue(s, doc, Fields.DV_FIELD);
        String name = docValue(s, doc, Fields.DV_NAME);
        return new Facts(docValue(s, doc, Fields.DV_CODE), name, field.isEmpty() ? null : field,
                levels.isEmpty() ? List.of() : List.copyOf(Arrays.asList(levels.split("\\|"))),
                Reranker.Name.of(docValue(s, doc, Fields.DV_NAME_WORDS), docValue(s, doc, Fields.DV_NAME_MARKS), Reranker.headLength(name)),
                prior == 0 ? 1f : Float.intBitsToFloat((int) prior),
                new Reranker.Traits(numericValue(s, doc, Fields.DV_ORGANISATIONS_ONLY) == 1, numericValue(s, doc, Fields.DV_AT_MISSION) == 1,
                        numericValue(s, doc, Fields.DV_ARMED_FORCES) == 1));
    }

    /** A numeric doc value of a top-level doc id, 0 when absent. */
    private static long numericValue(IndexSearcher s, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues dv = leaf.reader().getNumericDocValues(field);
        return dv != null && dv.advanceExact(doc - leaf.docBase) ? dv.longValue() : 0;
    }

    /** A binary doc value of a top-level doc id, "" when absent. */
    static String docValue(IndexSearcher s, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues dv = leaf.reader().getBinaryDocValues(field);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
            return "";
        }
        return dv.binaryValue().utf8ToString();
    }
}
