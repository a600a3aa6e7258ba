package vn.motcua.search;

import java.util.Map;

/**
 * Which parts of the query side are switched on, and the field weights. The default is the
 * production configuration; the ablation in eval/ switches parts off one by one over the same index.
 *
 * @param standardBaseline query only the StandardAnalyzer fields (everything else is ignored)
 * @param folded also query the folded (unmarked) fields
 * @param shingles also query the two- and three-syllable shingle fields
 * @param fieldWeights weight name above keywords and documents above citizens' phrasings above body; otherwise all 1
 * @param stopwords drop question filler from the query
 * @param facets search words about the wanted facet ("bao lâu", "lệ phí") at a low weight
 * @param synonyms expand abbreviations and synonyms from synonyms.txt
 * @param rerank re-rank the top candidates by how much of their name the question covers, and by level
 */
public record SearchSettings(
        boolean standardBaseline,
        boolean folded,
        boolean shingles,
        boolean fieldWeights,
        boolean stopwords,
        boolean facets,
        boolean synonyms,
        boolean rerank) {

    public static final SearchSettings PRODUCTION = new SearchSettings(false, true, true, true, true, true, true, true);

    /** The weight of a field group's exact form; folded forms get {@link #FOLDED_FACTOR} of it. */
    static final Map<Fields.Group, Float> WEIGHTS = Map.of(
            Fields.Group.NAME, 8f,
            Fields.Group.KEYWORDS, 2f,
            Fields.Group.DOCUMENTS, 2f,
            // How citizens ask ({@link CitizenPhrasings}): 1 when a third of the records had phrasings; 1.5 since
            // every record of the fields citizens use has them (chosen among 0.5, 1, 1.5 and 2 on the gold sets and probes).
            Fields.Group.ASKED, 1.5f,
            Fields.Group.BODY, 0.5f);

    /** Folding merges distinct words, so an unmarked match counts less than an exact one. */
    static final float FOLDED_FACTOR = 0.9f;

    /** Shingles confirm a compound ("khai sinh"); they add to, not replace, the syllable match. */
    static final float SHINGLE_FACTOR = 1.0f;

    /** Words about the wanted facet of the answer ("bao lâu", "lệ phí") barely identify a procedure. */
    static final float FACET_FACTOR = 0.15f;

    /** Phrases added by a synonym rule weigh less than what the citizen typed. */
    static final float SYNONYM_FACTOR = 0.6f;

    float weight(Fields.Group g) {
        return fieldWeights ? WEIGHTS.get(g) : 1f;
    }
}
