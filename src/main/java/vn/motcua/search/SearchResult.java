package vn.motcua.search;

import java.util.List;

/** The ranked hits for one question and how long the search took. */
public record SearchResult(List<Hit> hits, double tookMs) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
