package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One required document (giấy tờ) with the form (mẫu đơn, tờ khai) the record names, if any, and
 * the numbers of originals and copies; a count is null when the record gives none.
 */
@JsonPropertyOrder({"name", "form", "originals", "copies"})
public record RequiredDocument(String name, String form, Integer originals, Integer copies) {

    public RequiredDocument {
        requireNonNull(name, "name may not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("document name must not be blank");
        }
        if (originals != null && originals < 0 || copies != null && copies < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + originals + "/" + copies);
        }
    }
}
