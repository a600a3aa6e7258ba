package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One ranked procedure: its code, name, levels and field as stored in the index, the score, a
 * highlighted snippet for citations, and whether only organisations or businesses may apply for it
 * (its target group names no citizen). The full record is one {@link ProcedureSearcher#byCode} away.
 */
public record Hit(String code, String name, List<String> levels, String field, float score, Snippet snippet, boolean organisationsOnly) {

    public Hit {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
        levels = List.copyOf(levels);
        requireNonNull(snippet, "snippet may not be null");
    }

    /** A hit any citizen may apply for. */
    public Hit(String code, String name, List<String> levels, String field, float score, Snippet snippet) {
        this(code, name, levels, field, score, snippet, false);
    }
}
