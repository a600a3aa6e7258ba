package vn.motcua.search;

import java.util.Set;

/**
 * How the searcher reads a question, for callers that must judge a result: {@code subject} holds the
 * folded words that name what is asked about (filler and facet words such as "bao lâu" or "lệ phí"
 * left out, no synonyms), {@code expanded} every folded term the query searches, synonyms included.
 */
public record QuestionTerms(Set<String> subject, Set<String> expanded) {

    public QuestionTerms {
        subject = Set.copyOf(subject);
        expanded = Set.copyOf(expanded);
    }
}
