package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a statement of an answer comes from: a procedure record's field (code, field, portal URL),
 * a regulation article (instrument number and article, {@code code} is then the instrument), or
 * — in officers' answers only — a document of the internal collection ({@code code} is its path,
 * {@code field} is "internal", {@code title} its title).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String code, String field, String url, String article, String title) {

    public Citation {
        requireNonNull(code, "code may not be null");
        requireNonNull(field, "field may not be null");
    }

    /** A field of a procedure record. */
    public static Citation ofProcedure(String code, String field, String url) {
        return new Citation(code, field, url, null, null);
    }

    /** An article of a regulation, cited by instrument number and article. */
    public static Citation ofArticle(String instrument, String article) {
        return new Citation(instrument, "regulation", null, article, null);
    }

    /** A document of the internal collection, cited by path and title; never in a citizen's answer. */
    public static Citation ofInternal(String path, String title) {
        return new Citation(path, "internal", null, null, title);
    }
}
