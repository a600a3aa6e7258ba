package vn.motcua.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Remembers where each query term lives in the index (its {@link TermStates}: the term dictionary
 * lookup and the term's statistics), so that a question's few hundred term clauses do not seek the
 * dictionary again for every question: that lookup was a quarter of Lucene's time per search.
 * The states belong to one reader; a new index generation starts an empty cache. Scores are
 * unchanged: a {@link TermQuery} given its states uses them exactly as it would have built them.
 */
final class TermStatesCache {

    /** Terms remembered for one reader before the cache starts over (about 200 bytes each). */
    static final int LIMIT = 50_000;

    private final PerReader<Map<Term, TermStates>> byReader = new PerReader<>(s -> new ConcurrentHashMap<>());

    /**
     * The query with every top-level term clause (bare or boosted) carrying its states for the
     * searcher's reader; any other query is returned as it is. An optional term clause whose term
     * no document holds is left out: it matches nothing and adds nothing to any document's score
     * (a disjunction's score is the sum of its matching clauses), but would still cost a weight
     * and a scorer per search. A question typed without marks leaves out most of its exact-form
     * clauses this way, and most shingles of filler words.
     */
    Query prepared(IndexSearcher searcher, Query query) throws IOException {
        if (!(query instanceof BooleanQuery bq)) {
            return query;
        }
        Map<Term, TermStates> states = byReader.get(searcher);
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
            Query inner = c.query() instanceof BoostQuery boost ? boost.getQuery() : c.query();
            if (!(inner instanceof TermQuery tq)) {
                b.add(c);
                continue;
            }
            TermStates ts = states.get(tq.getTerm());
            if (ts == null) {
                ts = TermStates.build(searcher, tq.getTerm(), true);
                if (states.size() >= LIMIT) {
                    states.clear();
                }
                states.put(tq.getTerm(), ts);
            }
            if (ts.docFreq() == 0 && c.occur() == BooleanClause.Occur.SHOULD) {
                continue;
            }
            Query known = new TermQuery(tq.getTerm(), ts);
            b.add(c.query() instanceof BoostQuery boost ? new BoostQuery(known, boost.getBoost()) : known, c.occur());
        }
        return b.build();
    }
}
