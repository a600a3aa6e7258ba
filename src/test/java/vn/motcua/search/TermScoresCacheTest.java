package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory term-at-a-time scorer finds the same documents in the same order with the same
 * scores (to a relative 1e-5) as Lucene's own search over the same query: on the real fixture
 * index for real questions, and on an index of several segments with deleted documents.
 */
class TermScoresCacheTest {


    @TempDir
    Path dir;

    @Test
    void scoresTheRealIndexAsLuceneDoes() throws Exception {
        QueryFactory queries = new QueryFactory(SearchSettings.PRODUCTION, TestIndex.synonyms());
        TermScoresCache cache = new TermScoresCache();
        int compared = 0;
        try (LiveIndex index = TestIndex.open(dir.resolve("a"))) {
            for (int round = 0; round < 2; round++) {
                for (String q : TestIndex.QUESTIONS) {
                    Query query = queries.plan(queries.clean(q)).query();
                    compared += index.withProcedures(s -> assertSame(q, s, cache, query, 30));
                }
            }
        }
        // A new generation is another reader: postings read for the first must not serve it.
        try (LiveIndex other = TestIndex.open(dir.resolve("b"))) {
            for (String q : TestIndex.QUESTIONS) {
                Query query = queries.plan(queries.clean(q)).query();
                compared += other.withProcedures(s -> assertSame(q, s, cache, query, 5));
            }
        }
        assertTrue(compared > 100, "compared " + compared + " hits");
    }

    @Test
    void manySegmentsWithDeletedDocumentsScoreAsLuceneDoes() throws Exception {
        Random random = new Random(42);
        String[] words = {"dang", "ky", "khai", "sinh", "tu", "ket", "hon", "giay", "phep", "xay", "dung", "cu", "tru", "the", "can", "cuoc"};
        Set<String> deleted = new HashSet<>();
        try (FSDirectory d = FSDirectory.open(dir.resolve("segments"));
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 600; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "d" + i, Field.Store.NO));
                doc.add(new TextField("name", text(random, words, 2 + random.nextInt(12)), Field.Store.NO));
                doc.add(new TextField("body", text(random, words, 5 + random.nextInt(80)), Field.Store.NO));
                w.addDocument(doc);
                if (i % 97 == 96) {
                    w.commit(); // a new segment
                }
                if (i % 13 == 5) {
                    deleted.add("d" + (i / 2));
                }
            }
            for (String id : deleted) {
                w.deleteDocuments(new Term("id", id));
            }
            w.commit();
        }
        TermScoresCache cache = new TermScoresCache();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("segments")))) {
            assertTrue(reader.leaves().size() > 3, reader.leaves().size() + " segments");
            assertTrue(reader.hasDeletions());
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new FieldSimilarity());
            for (int q = 0; q < 60; q++) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (int t = 0; t < 1 + random.nextInt(12); t++) {
                    Query term = new TermQuery(new Term(random.nextBoolean() ? "name" : "body", words[random.nextInt(words.length)]));
                    b.add(random.nextBoolean() ? new BoostQuery(term, 0.1f + random.nextFloat() * 8) : term, BooleanClause.Occur.SHOULD);
                }
                BooleanQuery query = b.build();
                assertSame("query " + q, s, cache, query, 1 + random.nextInt(40));
            }
        }
    }

    @Test
    void onlyFlatDisjunctionsOfTermsAreAccepted() throws Exception {
        try (LiveIndex index = TestIndex.open(dir.resolve("c"))) {
            index.withProcedures(s -> {
                Query term = new TermQuery(new Term("name_f", "khai"));
                assertTrue(TermScoresCache.accepts(s, new BooleanQuery.Builder().add(new BoostQuery(term, 2f), BooleanClause.Occur.SHOULD).build()));
                assertFalse(TermScoresCache.accepts(s, term), "a bare term query");
                assertFalse(TermScoresCache.accepts(s, new BooleanQuery.Builder().add(term, BooleanClause.Occur.MUST).build()), "a required clause");
                assertFalse(TermScoresCache.accepts(s, new BooleanQuery.Builder().add(term, BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("visibility", "public")), BooleanClause.Occur.FILTER).build()), "a filter");
                assertFalse(TermScoresCache.accepts(s, new BooleanQuery.Builder().add(new PhraseQuery("name_f", "khai", "sinh"), BooleanClause.Occur.SHOULD).build()),
                        "a phrase");
                assertFalse(TermScoresCache.accepts(s, new BooleanQuery.Builder().add(term, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build()),
                        "a minimum to match");
                BooleanQuery phrase = new BooleanQuery.Builder().add(new PhraseQuery("name_f", "khai", "sinh"), BooleanClause.Occur.SHOULD).build();
                assertThrows(IllegalArgumentException.class, () -> new TermScoresCache().top(s, phrase, 5));
                return null;
            });
        }
    }

    private static String text(Random random, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        return sb.toString();
    }

    /** Asserts the same top n as Lucene's; returns how many hits were compared. */
    private static int assertSame(String label, IndexSearcher s, TermScoresCache cache, Query query, int n) throws java.io.IOException {
        assertTrue(TermScoresCache.accepts(s, query), label);
        TopDocs lucene = s.search(query, n);
        TopDocs mine = cache.top(s, (BooleanQuery) query, n);
        assertTrue(lucene.scoreDocs.length > 0, label);
        assertEquals(lucene.scoreDocs.length, mine.scoreDocs.length, label);
        assertEquals(s.count(query), mine.totalHits.value(), label + " matching documents");
        for (int i = 0; i < lucene.scoreDocs.length; i++) {
            ScoreDoc a = lucene.scoreDocs[i];
            ScoreDoc b = mine.scoreDocs[i];
            assertEquals(a.score, b.score, Math.abs(a.score) * 1e-5f, label + " rank " + i);
            // Scores equal to within rounding may swap two documents; anything else must be the same document.
            if (a.doc != b.doc) {
                assertTrue(Math.abs(a.score - b.score) <= Math.abs(a.score) * 1e-5f && i + 1 < lucene.scoreDocs.length
                        && Math.abs(lucene.scoreDocs[i + 1].score - a.score) <= Math.abs(a.score) * 1e-5f, label + " rank " + i + ": doc " + a.doc + " vs " + b.doc);
            }
        }
        return lucene.scoreDocs.length;
    }
}
