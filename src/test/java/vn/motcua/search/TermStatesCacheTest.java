package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term states remembered across questions change no score, on the first question or the hundredth, nor after a new index generation. */
class TermStatesCacheTest {


    @TempDir
    Path dir;

    @Test
    void rememberedStatesScoreExactlyAsLookedUpOnes() throws Exception {
        QueryFactory queries = new QueryFactory(SearchSettings.PRODUCTION, TestIndex.synonyms());
        TermStatesCache cache = new TermStatesCache();
        try (LiveIndex first = TestIndex.open(dir.resolve("a"))) {
            for (int round = 0; round < 2; round++) {
                assertSameRanking(first, queries, cache);
            }
        }
        // Another generation (another reader): states made for the first must not be used for it.
        try (LiveIndex second = TestIndex.open(dir.resolve("b"))) {
            assertSameRanking(second, queries, cache);
        }
    }

    @Test
    void clausesOfTermsNoDocumentHoldsAreLeftOut() throws Exception {
        QueryFactory queries = new QueryFactory(SearchSettings.PRODUCTION, TestIndex.synonyms());
        TermStatesCache cache = new TermStatesCache();
        try (LiveIndex index = TestIndex.open(dir.resolve("c"))) {
            // Typed without marks, so its exact-form clauses ("lam", "giay") and most shingles match nothing.
            Query query = queries.plan(queries.clean("lam lai cccd bi mat can giay to gi")).query();
            index.withProcedures(s -> {
                List<org.apache.lucene.search.BooleanClause> plain = ((org.apache.lucene.search.BooleanQuery) query).clauses();
                List<org.apache.lucene.search.BooleanClause> kept = ((org.apache.lucene.search.BooleanQuery) cache.prepared(s, query)).clauses();
                assertTrue(kept.size() < plain.size(), kept.size() + " of " + plain.size());
                for (org.apache.lucene.search.BooleanClause c : kept) {
                    org.apache.lucene.search.TermQuery t = (org.apache.lucene.search.TermQuery) ((org.apache.lucene.search.BoostQuery) c.query()).getQuery();
                    assertTrue(s.getIndexReader().docFreq(t.getTerm()) > 0, t.getTerm().toString());
                }
                for (org.apache.lucene.search.BooleanClause c : plain) {
                    org.apache.lucene.search.TermQuery t = (org.apache.lucene.search.TermQuery) ((org.apache.lucene.search.BoostQuery) c.query()).getQuery();
                    boolean held = s.getIndexReader().docFreq(t.getTerm()) > 0;
                    assertEquals(held, kept.stream().anyMatch(k -> k.query().toString().equals(c.query().toString())), t.getTerm().toString());
                }
                return null;
            });
        }
    }

    private static void assertSameRanking(LiveIndex index, QueryFactory queries, TermStatesCache cache) {
        for (String q : TestIndex.QUESTIONS) {
            Query query = queries.plan(queries.clean(q)).query();
            index.withProcedures(s -> {
                TopDocs plain = s.search(query, 30);
                TopDocs prepared = s.search(cache.prepared(s, query), 30);
                assertTrue(plain.scoreDocs.length > 0, q);
                assertEquals(plain.scoreDocs.length, prepared.scoreDocs.length, q);
                for (int i = 0; i < plain.scoreDocs.length; i++) {
                    ScoreDoc a = plain.scoreDocs[i];
                    ScoreDoc b = prepared.scoreDocs[i];
                    assertEquals(a.doc, b.doc, q + " rank " + i);
                    assertEquals(a.score, b.score, 0f, q + " rank " + i);
                }
                return null;
            });
        }
    }
}
