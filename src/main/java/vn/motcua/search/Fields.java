package vn.motcua.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The index schema. Each searchable text of a procedure is indexed three ways: exact syllables
 * (with marks), folded syllables (marks removed) and folded shingles of two or three syllables.
 * {@code std_*} fields hold the same text through Lucene's StandardAnalyzer, the baseline of the
 * ablation in eval/README.md.
 */
final class Fields {

    static final String CODE = "code";
    static final String LEVEL = "level";
    static final String FIELD_KEY = "field_key";
    static final String AGENCY_KEY = "agency_key";
    static final String VISIBILITY = "visibility";
    static final String STORED_JSON = "record";
    /** Doc values, read for every re-ranked candidate without touching the stored record. */
    static final String DV_CODE = "code_dv";
    static final String DV_NAME = "name_dv";
    static final String DV_NAME_WORDS = "name_words_dv";
    /** The marks of each name word, see {@code Reranker.nameMarks}. */
    static final String DV_NAME_MARKS = "name_marks_dv";
    static final String DV_PRIOR = "prior_dv";
    /** 1 when the record names no person among those who may apply: organisations, businesses or officials only. */
    static final String DV_ORGANISATIONS_ONLY = "organisations_only_dv";
    /** 1 for a record a Vietnamese mission abroad carries out (its agencies name a "Cơ quan đại diện"). */
    static final String DV_AT_MISSION = "at_mission_dv";
    /** 1 for a record that serves the army's or the police's own people ({@link Reranker#isForArmedForces}). */
    static final String DV_ARMED_FORCES = "armed_forces_dv";
    static final String DV_LEVELS = "levels_dv";
    static final String DV_FIELD = "field_dv";
    static final String DV_SNIPPET_TEXT = "snippet_dv";
    /** Doc values hold at most this many bytes of snippet text. */
    static final int SNIPPET_TEXT_BYTES = 8_000;

    /** Searchable text groups, in decreasing weight. */
    enum Group {
        NAME("name"),
        KEYWORDS("kw"),
        DOCUMENTS("docs"),
        /** How citizens ask for the procedure ({@link CitizenPhrasings}). */
        ASKED("asked"),
        BODY("body");

        final String base;

        Group(String base) {
            this.base = base;
        }

        String exact() {
            return base;
        }

        String folded() {
            return base + "_f";
        }

        String shingles() {
            return base + "_sh";
        }

        /** Shingles are kept for the short, decisive groups; in long bodies they cost more than they find. */
        boolean hasShingles() {
            return this != BODY;
        }
    }

    static final String STD_NAME = "std_name";
    static final String STD_BODY = "std_body";

    private Fields() {}

    /** The index-time analyzer: every field with its form, no stopwords (filler is removed at query time). */
    static Analyzer indexAnalyzer() {
        Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, CharArraySet.EMPTY_SET);
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, CharArraySet.EMPTY_SET);
        Analyzer shingles = new VietnameseAnalyzer(VietnameseAnalyzer.Form.SHINGLES, CharArraySet.EMPTY_SET);
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (Group g : Group.values()) {
            perField.put(g.exact(), exact);
            perField.put(g.folded(), folded);
            if (g.hasShingles()) {
                perField.put(g.shingles(), shingles);
            }
        }
        perField.put(STD_NAME, standard);
        perField.put(STD_BODY, standard);
        return new PerFieldAnalyzerWrapper(exact, perField);
    }
}
