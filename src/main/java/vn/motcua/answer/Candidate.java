package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

/** A procedure the answer is about or offers, with its search score (NaN when chosen by code or context). */
public record Candidate(String code, String name, double score) {

    public Candidate {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
    }
}
