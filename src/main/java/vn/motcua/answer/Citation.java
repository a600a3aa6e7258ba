package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a statement of an answer comes from: a procedure record's field (code, field, portal URL),
 * or a regulation article (instrument number and article, {@code code} is then the instrument).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String code, String field, String url, String article) {

    public Citation {
        requireNonNull(code, "code may not be null");
        requireNonNull(field, "field may not be null");
    }

    /** A field of a procedure record. */
    public static Citation ofProcedure(String code, String field, String url) {
        return new Citation(code, field, url, null);
    }

    /** An article of a regulation, cited by instrument number and article. */
    public static Citation ofArticle(String instrument, String article) {
        return new Citation(instrument, "regulation", null, article);
    }
}
