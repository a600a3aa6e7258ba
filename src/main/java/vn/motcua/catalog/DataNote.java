package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A caveat on one field of a record: where two sources disagree, or where the record's own note
 * contradicts its cell. Answers must say the value is uncertain when a note covers it.
 * {@code message} is Vietnamese, because answers may quote it.
 */
@JsonPropertyOrder({"field", "message"})
public record DataNote(String field, String message) {

    public DataNote {
        requireNonNull(field, "field may not be null");
        requireNonNull(message, "message may not be null");
    }
}
