package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import vn.motcua.catalog.InternalDocument;

/** One ranked document of the internal collection, with its score and best passage. */
public record GuidanceHit(InternalDocument document, float score, Snippet snippet) {

    public GuidanceHit {
        requireNonNull(document, "document may not be null");
        requireNonNull(snippet, "snippet may not be null");
    }
}
