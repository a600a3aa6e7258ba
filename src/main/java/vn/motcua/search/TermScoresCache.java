package vn.motcua.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;

/**
 * Scores a question's query term at a time over postings held in memory. The query is one flat
 * disjunction of boosted term clauses (see {@link QueryFactory}), a hundred or so for an ordinary
 * question, over a catalogue of a few thousand records. For such a small index Lucene spends most
 * of a search setting up a postings reader, impacts and a scorer for each clause; the postings
 * themselves are short. Here each term's postings are read once per index generation, each
 * posting with its score for a boost of 1 as the searcher's {@link Similarity} computes it, and a
 * search adds {@code boost × score} into one array per document, then keeps the best.
 *
 * <p>The scores are Lucene's own: the same similarity and statistics, only multiplied by the boost
 * after rather than before, and summed in clause order, so a score may differ from Lucene's in its
 * last bits (a relative 1e-6). Deleted documents are left out when the postings are read. A
 * query of any other shape, or a reader too large for {@link #MAX_DOCS}, is not handled here:
 * {@link #accepts} says so and the caller asks Lucene.
 */
final class TermScoresCache {

    /** Up to this many documents a reader is scored here; a larger one is left to Lucene, whose pruning then pays. */
    static final int MAX_DOCS = 50_000;
    /** Postings remembered for one reader before the cache starts over (8 bytes each). */
    static final long MAX_POSTINGS = 6_000_000;

    /** The documents holding a term, ascending, and the score of each for a boost of 1. */
    record Postings(int[] docs, float[] scores) {
        static final Postings EMPTY = new Postings(new int[0], new float[0]);
    }

    /** The postings read for one reader, and how many postings they hold together. */
    private record ForReader(Map<Term, Postings> postings, AtomicLong size) {}

    private final PerReader<ForReader> byReader = new PerReader<>(s -> new ForReader(new ConcurrentHashMap<>(), new AtomicLong()));

    /** True when the query is a flat disjunction of (boosted) term clauses over a reader small enough. */
    static boolean accepts(IndexSearcher searcher, Query query) {
        if (searcher.getIndexReader().maxDoc() > MAX_DOCS || !(query instanceof BooleanQuery bq)
                || bq.getMinimumNumberShouldMatch() > 0 || bq.clauses().isEmpty()) {
            return false;
        }
        for (BooleanClause c : bq.clauses()) {
            Query inner = c.query() instanceof BoostQuery boost ? boost.getQuery() : c.query();
            if (c.occur() != BooleanClause.Occur.SHOULD || !(inner instanceof TermQuery)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best {@code n} documents for a query {@link #accepts accepted}: by score, equal scores by
     * document id, as Lucene orders them. The hit count is the number of matching documents.
     */
    TopDocs top(IndexSearcher searcher, BooleanQuery query, int n) throws IOException {
        if (!accepts(searcher, query)) {
            throw new IllegalArgumentException("not a small flat disjunction of term clauses: " + query);
        }
        ForReader cache = byReader.get(searcher);
        float[] sums = new float[searcher.getIndexReader().maxDoc()];
        for (BooleanClause c : query.clauses()) {
            float boost = c.query() instanceof BoostQuery b ? b.getBoost() : 1f;
            Term term = ((TermQuery) (c.query() instanceof BoostQuery b ? b.getQuery() : c.query())).getTerm();
            Postings p = postings(searcher, cache, term);
            int[] docs = p.docs();
            float[] scores = p.scores();
            for (int i = 0; i < docs.length; i++) {
                sums[docs[i]] += boost * scores[i];
            }
        }
        return best(sums, n);
    }

    /**
     * The n highest sums (ties by lower document id); a sum of 0 means no clause matched. A
     * min-heap of primitives: the least of the best so far at the root, where among equal scores
     * the higher document id is the lesser.
     */
    private static TopDocs best(float[] sums, int n) {
        float[] hs = new float[n];
        int[] hd = new int[n];
        int size = 0;
        int matched = 0;
        for (int doc = 0; doc < sums.length; doc++) {
            float s = sums[doc];
            if (s <= 0f) {
                continue;
            }
            matched++;
            if (size < n) {
                // Sift up the new leaf.
                int i = size++;
                while (i > 0 && less(s, doc, hs[(i - 1) / 2], hd[(i - 1) / 2])) {
                    hs[i] = hs[(i - 1) / 2];
                    hd[i] = hd[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                hs[i] = s;
                hd[i] = doc;
            } else if (s > hs[0]) {
                siftDown(hs, hd, size, s, doc);
            }
        }
        ScoreDoc[] out = new ScoreDoc[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = new ScoreDoc(hd[0], hs[0]);
            size--;
            if (size > 0) {
                siftDown(hs, hd, size, hs[size], hd[size]);
            }
        }
        return new TopDocs(new TotalHits(matched, TotalHits.Relation.EQUAL_TO), out);
    }

    /** Puts (s, doc) at the root of the heap of {@code size} entries and sifts it down. */
    private static void siftDown(float[] hs, int[] hd, int size, float s, int doc) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(hs[child + 1], hd[child + 1], hs[child], hd[child])) {
                child++;
            }
            if (!less(hs[child], hd[child], s, doc)) {
                break;
            }
            hs[i] = hs[child];
            hd[i] = hd[child];
            i = child;
        }
        hs[i] = s;
        hd[i] = doc;
    }

    /** Whether hit a ranks below hit b: a lower score, or the same score and a higher document id. */
    private static boolean less(float sa, int da, float sb, int db) {
        return sa < sb || sa == sb && da > db;
    }

    private Postings postings(IndexSearcher searcher, ForReader cache, Term term) throws IOException {
        Postings p = cache.postings().get(term);
        if (p != null) {
            return p;
        }
        p = read(searcher, term);
        if (cache.size().addAndGet(p.docs().length) > MAX_POSTINGS) {
            cache.postings().clear();
            cache.size().set(p.docs().length);
        }
        cache.postings().put(term, p);
        return p;
    }

    /** Reads a term's postings from every segment and scores each posting as Lucene would for a boost of 1. */
    private static Postings read(IndexSearcher searcher, Term term) throws IOException {
        TermStates states = TermStates.build(searcher, term, true);
        CollectionStatistics collection = searcher.collectionStatistics(term.field());
        if (states.docFreq() == 0 || collection == null) {
            return Postings.EMPTY;
        }
        TermStatistics stats = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(1f, collection, stats);
        List<int[]> docChunks = new ArrayList<>();
        List<float[]> scoreChunks = new ArrayList<>();
        int total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var supplier = states.get(leaf);
            var termState = supplier == null ? null : supplier.get();
            if (termState == null) {
                continue;
            }
            TermsEnum te = leaf.reader().terms(term.field()).iterator();
            te.seekExact(term.bytes(), termState);
            PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
            NumericDocValues norms = leaf.reader().getNormValues(term.field());
            Bits live = leaf.reader().getLiveDocs();
            int[] docs = new int[te.docFreq()];
            float[] scores = new float[te.docFreq()];
            int k = 0;
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
                docs[k] = leaf.docBase + d;
                scores[k] = scorer.score(pe.freq(), norm);
                k++;
            }
            docChunks.add(java.util.Arrays.copyOf(docs, k));
            scoreChunks.add(java.util.Arrays.copyOf(scores, k));
            total += k;
        }
        int[] docs = new int[total];
        float[] scores = new float[total];
        int at = 0;
        for (int i = 0; i < docChunks.size(); i++) {
            System.arraycopy(docChunks.get(i), 0, docs, at, docChunks.get(i).length);
            System.arraycopy(scoreChunks.get(i), 0, scores, at, scoreChunks.get(i).length);
            at += docChunks.get(i).length;
        }
        return new Postings(docs, scores);
    }
}
