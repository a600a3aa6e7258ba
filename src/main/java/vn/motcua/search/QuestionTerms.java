package vn.motcua.search;

import java.util.Map;
import java.util.Set;

/**
 * How the searcher reads a question, for callers that must judge a result: {@code subject} holds the
 * folded words that name what is asked about (filler and facet words such as "bao lâu" or "lệ phí"
 * left out, no synonyms), {@code expanded} every folded term the query searches, synonyms included,
 * {@code forOrganisation} whether the asker speaks for an organisation or a business ("cty em"), and
 * {@code spelledOut} the folded words a synonym rule spells a single typed word out to ("gplx" →
 * giay, phep, lai, xe), by that word folded.
 */
public record QuestionTerms(Set<String> subject, Set<String> expanded, boolean forOrganisation, Map<String, Set<String>> spelledOut) {

    public QuestionTerms {
        subject = Set.copyOf(subject);
        expanded = Set.copyOf(expanded);
        spelledOut = Map.copyOf(spelledOut);
    }

    /** A question read as a citizen's own, with no abbreviation spelled out. */
    public QuestionTerms(Set<String> subject, Set<String> expanded) {
        this(subject, expanded, false, Map.of());
    }
}
