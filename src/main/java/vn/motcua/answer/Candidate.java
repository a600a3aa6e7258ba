package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A procedure the answer is about or offers, with its search score (NaN when chosen by code or
 * context). As JSON: {@code code}, {@code name}, and {@code score} rounded to 3 decimals or null.
 */
@JsonPropertyOrder({"code", "name", "score"})
public record Candidate(String code, String name, @JsonIgnore double score) {

    /** The score for JSON: rounded, null when there is none. */
    @JsonProperty("score")
    public Double roundedScore() {
        return Double.isNaN(score) ? null : Math.round(score * 1000) / 1000.0;
    }

    public Candidate {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
    }
}
