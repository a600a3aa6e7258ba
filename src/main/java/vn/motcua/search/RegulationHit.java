package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import vn.motcua.catalog.RegulationArticle;

/** One ranked regulation article with its score and a highlighted snippet. */
public record RegulationHit(RegulationArticle article, float score, Snippet snippet) {

    public RegulationHit {
        requireNonNull(article, "article may not be null");
        requireNonNull(snippet, "snippet may not be null");
    }
}
