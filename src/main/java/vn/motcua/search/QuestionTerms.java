package vn.motcua.search;

import java.util.Set;

/**
 * How the searcher reads a question, for callers that must judge a result: {@code subject} holds the
 * folded words that name what is asked about (filler and facet words such as "bao lâu" or "lệ phí"
 * left out, no synonyms), {@code expanded} every folded term the query searches, synonyms included,
 * and {@code forOrganisation} whether the asker speaks for an organisation or a business ("cty em").
 */
public record QuestionTerms(Set<String> subject, Set<String> expanded, boolean forOrganisation) {

    public QuestionTerms {
        subject = Set.copyOf(subject);
        expanded = Set.copyOf(expanded);
    }

    /** A question read as a citizen's own. */
    public QuestionTerms(Set<String> subject, Set<String> expanded) {
        this(subject, expanded, false);
    }
}
