package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.motcua.catalog.InternalDocument;

/**
 * Finds documents of the internal collection (desk guidance, checklists) with the same analysis as
 * procedures. Which documents a search may return is decided here, by a Lucene filter clause built
 * from the {@link Audience}: the public audience gets {@code visibility:public} only, so no caller
 * that lacks an officer audience can reach internal text through this class.
 */
public final class GuidanceSearcher {

    private final LiveIndex index;
    private final QueryFactory queries;
    private final ObjectMapper json;
    private final SnippetBuilder snippets = new SnippetBuilder();
    private final QueryBuilder phrases = new QueryBuilder(Fields.indexAnalyzer());
    private static final int PHRASE_SLOP = 2;
    private static final java.util.regex.Pattern MARKDOWN_MARKERS = java.util.regex.Pattern.compile("^[\\s>#*-]+");
    private static final float PHRASE_BOOST = 20f;

    public GuidanceSearcher(LiveIndex index, SearchSettings settings, Synonyms synonyms, ObjectMapper json) {
        this.index = requireNonNull(index, "index may not be null");
        this.queries = new QueryFactory(settings, synonyms);
        this.json = requireNonNull(json, "json may not be null");
    }

    /** The best {@code k} documents the audience may read (k clamped to 1…{@value ProcedureSearcher#MAX_K}); never throws on odd text. */
    public List<GuidanceHit> search(String question, int k, Audience audience) {
        requireNonNull(audience, "audience may not be null");
        String cleaned = queries.clean(question == null ? "" : question);
        QueryFactory.Plan plan = queries.plan(cleaned);
        if (plan.query() == null) {
            return List.of();
        }
        // A passage copied from a document, or its title, should find that document first: the
        // words in order, anywhere in the title or body, count far above the words alone.
        BooleanQuery.Builder text = new BooleanQuery.Builder().add(plan.query(), BooleanClause.Occur.SHOULD);
        for (Fields.Group g : List.of(Fields.Group.NAME, Fields.Group.BODY)) {
            Query phrase = phrases.createPhraseQuery(g.folded(), cleaned, PHRASE_SLOP);
            if (phrase != null) {
                text.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        Query filtered = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(visibility(audience), BooleanClause.Occur.FILTER)
                .build();
        Set<String> terms = plan.topicTerms();
        return index.withInternal(s -> {
            List<GuidanceHit> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(filtered, Math.max(1, Math.min(ProcedureSearcher.MAX_K, k))).scoreDocs) {
                InternalDocument d = StoredJson.read(s, sd.doc, json, InternalDocument.class, "internal document");
                List<String[]> texts = new ArrayList<>();
                for (String line : d.body().split("\n")) {
                    // A passage is quoted as text: the list, heading and quote markers of its Markdown line go.
                    String passage = MARKDOWN_MARKERS.matcher(line).replaceFirst("").strip();
                    if (!passage.isEmpty()) {
                        texts.add(new String[] {"body", passage});
                    }
                }
                out.add(new GuidanceHit(d, sd.score, snippets.best(texts, terms)));
            }
            return out;
        });
    }

    /** The filter of an audience: public documents for everyone, internal ones for officers only. */
    static Query visibility(Audience audience) {
        Query pub = new TermQuery(new Term(Fields.VISIBILITY, InternalDocument.Visibility.PUBLIC.key()));
        if (!audience.isOfficer()) {
            return pub;
        }
        return new BooleanQuery.Builder()
                .add(pub, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.VISIBILITY, InternalDocument.Visibility.INTERNAL.key())), BooleanClause.Occur.SHOULD)
                .build();
    }
}
