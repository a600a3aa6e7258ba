package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.TextCleaner;

/**
 * Finds procedures for a citizen's question. A procedure code written in the question comes
 * first; then procedures ranked by the weighted text query of {@link QueryFactory}, re-ranked by
 * {@link Reranker}, optionally filtered by level, field and agency. Only public records are
 * searched. Bad input never throws: empty, huge or odd text gives an empty or ordinary result.
 */
public final class ProcedureSearcher {

    public static final int MAX_K = 100;

    private final LiveIndex index;
    private final QueryFactory queries;
    private final ObjectMapper json;
    private final SnippetBuilder snippets = new SnippetBuilder();
    private final TermStatesCache termStates = new TermStatesCache();
    private final TermScoresCache termScores = new TermScoresCache();

    public ProcedureSearcher(LiveIndex index, SearchSettings settings, Synonyms synonyms, ObjectMapper json) {
        this(index, settings, synonyms, json, Map.of());
    }

    /** {@code phrasings}: how citizens ask for each procedure ({@link CitizenPhrasings}), part of {@link #vocabulary()}. */
    public ProcedureSearcher(LiveIndex index, SearchSettings settings, Synonyms synonyms, ObjectMapper json, Map<String, List<String>> phrasings) {
        this.index = requireNonNull(index, "index may not be null");
        this.queries = new QueryFactory(settings, synonyms);
        List<String> words = new ArrayList<>(synonyms.phrases());
        new TreeMap<>(requireNonNull(phrasings, "phrasings may not be null")).values().forEach(words::addAll);
        this.vocabulary = List.copyOf(words);
        this.json = requireNonNull(json, "json may not be null");
    }

    private final RecordFacts facts = new RecordFacts();
    private final List<String> vocabulary;

    /**
     * Wording citizens use for procedures: the phrases of the synonym rules this searcher expands
     * with ("passport", "sổ đỏ") and the citizens' phrasings of the records, if it was given them
     * ("bà nội mới mất ở nhà thì làm giấy gì ở xã").
     */
    public List<String> vocabulary() {
        return vocabulary;
    }

    private record Candidate(int doc, RecordFacts.Facts facts, float score) {}

    /**
     * Records already read from the index, each for the reader it came from: a record read from an
     * older generation is read again. About 20 KB a record.
     */
    private final vn.motcua.catalog.PerRecord<Procedure> parsed = new vn.motcua.catalog.PerRecord<>(1024);

    /** The top {@code k} procedures for the question (k is clamped to 1…{@value #MAX_K}). */
    public SearchResult search(String question, int k, SearchFilters filters) {
        return search(question, k, filters, true);
    }

    /**
     * As {@link #search(String, int, SearchFilters)}; without {@code snippets} every hit carries
     * {@link Snippet#NONE}, which saves most of the cost when only the ranking is needed.
     */
    public SearchResult search(String question, int k, SearchFilters filters, boolean snippets) {
        long start = System.nanoTime();
        String q = mended(question);
        int limit = Math.max(1, Math.min(MAX_K, k));
        QueryFactory.Plan plan = queries.plan(q);
        List<String> codes = QueryFactory.codes(q);
        boolean rerank = queries.settings().rerank();
        List<Hit> hits = index.withProcedures(s -> {
            Set<String> terms = plan.topicTerms();
            Map<Integer, Hit> out = new LinkedHashMap<>();
            for (String code : codes) {
                TopDocs exact = s.search(filtered(s, new TermQuery(new Term(Fields.CODE, code)), filters), 1);
                for (ScoreDoc sd : exact.scoreDocs) {
                    out.putIfAbsent(sd.doc, hit(s, new Candidate(sd.doc, facts.of(s, sd.doc), Float.NaN), terms, snippets));
                }
            }
            if (plan.query() != null && out.size() < limit) {
                int n = rerank ? Math.max(limit, Reranker.DEPTH) : limit;
                // A catalogue-sized index without filters is scored in memory, term at a time
                // (TermScoresCache). Otherwise Lucene: hit counts are never shown, so they need not
                // be exact, and the collector may skip documents that cannot reach the top n (MaxScore).
                TopDocs top = unfiltered(s, filters) && TermScoresCache.accepts(s, plan.query())
                        ? termScores.top(s, (BooleanQuery) plan.query(), n)
                        : s.search(filtered(s, termStates.prepared(s, plan.query()), filters), new TopScoreDocCollectorManager(n, n));
                List<Candidate> cands = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    RecordFacts.Facts f = facts.of(s, sd.doc);
                    cands.add(new Candidate(sd.doc, f, rerank ? Reranker.score(sd.score, f.name(), f.prior(), f.traits(), plan.words()) : sd.score));
                }
                if (rerank) {
                    cands = twins(cands, plan.words());
                }
                cands.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::doc));
                for (Candidate c : cands) {
                    if (out.size() >= limit) {
                        break;
                    }
                    if (!out.containsKey(c.doc())) {
                        out.put(c.doc(), hit(s, c, terms, snippets));
                    }
                }
            }
            return List.copyOf(out.values());
        });
        return new SearchResult(hits, (System.nanoTime() - start) / 1e6);
    }

    /** The candidates with {@link Reranker#twins} applied. */
    private static List<Candidate> twins(List<Candidate> cands, QueryWords words) {
        float[] scores = new float[cands.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = cands.get(i).score();
        }
        float[] after = Reranker.twins(cands.stream().map(c -> c.facts().name()).toList(),
                cands.stream().map(c -> c.facts().levels()).toList(), scores, words);
        List<Candidate> out = new ArrayList<>(cands.size());
        for (int i = 0; i < scores.length; i++) {
            Candidate c = cands.get(i);
            out.add(after[i] == scores[i] ? c : new Candidate(c.doc(), c.facts(), after[i]));
        }
        return out;
    }

    private Hit hit(IndexSearcher s, Candidate c, Set<String> terms, boolean withSnippet) throws IOException {
        Snippet snippet = Snippet.NONE;
        if (withSnippet) {
            List<String[]> texts = new ArrayList<>();
            for (String line : RecordFacts.docValue(s, c.doc(), Fields.DV_SNIPPET_TEXT).split("\n")) {
                texts.add(new String[] {texts.isEmpty() ? "name" : "record", line});
            }
            snippet = snippets.best(texts, terms);
        }
        RecordFacts.Facts f = c.facts();
        return new Hit(f.code(), f.displayName(), f.levels(), f.field(), c.score(), snippet, f.traits().organisationsOnly());
    }

    /** How this searcher reads the question: its subject words and every term it searches. */
    public QuestionTerms terms(String question) {
        return queries.terms(mended(question));
    }

    /** The question cleaned, with syllables typed one letter wrong mended ({@link Speller}). */
    private String mended(String question) {
        String q = queries.clean(question);
        return queries.settings().standardBaseline() ? q : index.withProcedures(s -> Speller.mend(s.getIndexReader(), q));
    }

    /**
     * The folded words that no procedure contains anywhere (names of people, typos, codes): a
     * caller judging how well a record covers a question should not count them against it.
     */
    public Set<String> unknownWords(java.util.Collection<String> foldedWords) {
        return index.withProcedures(s -> {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (String w : foldedWords) {
                if (!Speller.known(s.getIndexReader(), w)) {
                    out.add(w);
                }
            }
            return out;
        });
    }

    /** The procedure codes written in the question ("1.001193"), in order. */
    public List<String> codesIn(String question) {
        return QueryFactory.codes(queries.clean(question));
    }

    /** The full record stored for a code, if the index has it. */
    public Optional<Procedure> byCode(String code) {
        if (code == null || !code.matches("\\d{1,2}\\.\\d{6}")) {
            return Optional.empty();
        }
        return index.withProcedures(s -> {
            Procedure known = parsed.kept(code, s.getIndexReader());
            if (known != null) {
                return Optional.of(known);
            }
            TopDocs top = s.search(filtered(s, new TermQuery(new Term(Fields.CODE, code)), SearchFilters.NONE), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Procedure p = StoredJson.read(s, top.scoreDocs[0].doc, json, Procedure.class, "procedure " + code);
            return Optional.of(parsed.keep(code, s.getIndexReader(), p));
        });
    }

    private static final Term PUBLIC = new Term(Fields.VISIBILITY, ProcedureDocuments.PUBLIC);

    /** True when {@link #filtered} would add no clause: every document is public and no filter is set. */
    private static boolean unfiltered(IndexSearcher s, SearchFilters f) throws IOException {
        IndexReader reader = s.getIndexReader();
        return reader.docFreq(PUBLIC) == reader.maxDoc() && (f == null
                || SearchFilters.blank(f.level()) && SearchFilters.blank(f.field()) && SearchFilters.blank(f.agency()));
    }

    /**
     * The query restricted to public records and to the filters. When every document of the
     * reader is public (the procedure index as built today holds nothing else) the visibility
     * clause could not remove any document, so it is left out: it would only make Lucene walk a
     * second postings list beside the scoring one. Any non-public document brings it back.
     */
    private static Query filtered(IndexSearcher s, Query q, SearchFilters f) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
        IndexReader reader = s.getIndexReader();
        if (reader.docFreq(PUBLIC) != reader.maxDoc()) {
            b.add(new TermQuery(PUBLIC), BooleanClause.Occur.FILTER);
        }
        if (f != null && !SearchFilters.blank(f.level())) {
            b.add(new TermQuery(new Term(Fields.LEVEL, TextCleaner.fold(TextCleaner.oneLine(f.level())))), BooleanClause.Occur.FILTER);
        }
        if (f != null && !SearchFilters.blank(f.field())) {
            b.add(new TermQuery(new Term(Fields.FIELD_KEY, TextCleaner.fold(TextCleaner.oneLine(f.field())))), BooleanClause.Occur.FILTER);
        }
        if (f != null && !SearchFilters.blank(f.agency())) {
            b.add(new TermQuery(new Term(Fields.AGENCY_KEY, TextCleaner.fold(TextCleaner.oneLine(f.agency())))), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
