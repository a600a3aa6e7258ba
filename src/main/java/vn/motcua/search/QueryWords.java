package vn.motcua.search;

import java.util.Set;

/**
 * The words of a question as re-ranking reads them. {@code folded}: every folded term, the
 * question's and those its synonym rules added; {@code typed}: the folded terms of the question
 * itself; {@code exact}: every term with its marks as typed or as written in a rule, so that a
 * word typed with marks ("lái", to drive) is not read as another ("lại", again).
 */
record QueryWords(Set<String> folded, Set<String> typed, Set<String> exact) {

    QueryWords {
        folded = Set.copyOf(folded);
        typed = Set.copyOf(typed);
        exact = Set.copyOf(exact);
    }

    /** Words typed without marks and without synonyms: every form is the folded one. */
    static QueryWords unmarked(Set<String> folded) {
        return new QueryWords(folded, folded, folded);
    }
}
