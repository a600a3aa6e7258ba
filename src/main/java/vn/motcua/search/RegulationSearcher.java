package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.motcua.catalog.RegulationArticle;

/**
 * Finds regulation articles for a question with the same analysis and query as procedures; the
 * article heading (instrument, number, title) plays the part of the procedure name.
 */
public final class RegulationSearcher {

    private final LiveIndex index;
    private final QueryFactory queries;
    private final ObjectMapper json;
    private final SnippetBuilder snippets = new SnippetBuilder();

    public RegulationSearcher(LiveIndex index, SearchSettings settings, Synonyms synonyms, ObjectMapper json) {
        this.index = requireNonNull(index, "index may not be null");
        this.queries = new QueryFactory(settings, synonyms);
        this.json = requireNonNull(json, "json may not be null");
    }

    public List<RegulationHit> search(String question, int k) {
        String q = queries.clean(question);
        QueryFactory.Plan plan = queries.plan(q);
        Query text = plan.query();
        if (text == null) {
            return List.of();
        }
        Query filtered = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.VISIBILITY, ProcedureDocuments.PUBLIC)), BooleanClause.Occur.FILTER)
                .build();
        Set<String> terms = plan.topicTerms();
        return index.withRegulations(s -> {
            List<RegulationHit> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(filtered, Math.max(1, Math.min(ProcedureSearcher.MAX_K, k))).scoreDocs) {
                RegulationArticle a = StoredJson.read(s, sd.doc, json, RegulationArticle.class, "article");
                Snippet snip = snippets.best(List.of(new String[] {"title", a.title()}, new String[] {"text", a.text()}), terms);
                out.add(new RegulationHit(a, sd.score, snip));
            }
            return out;
        });
    }
}
