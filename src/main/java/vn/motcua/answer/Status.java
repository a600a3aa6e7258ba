package vn.motcua.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the pipeline decided to do with a question; the keys are those of the gold-set schema. */
public enum Status {
    ANSWERED("answered"),
    CLARIFY("clarify"),
    NO_INFORMATION("no_information"),
    REFUSED("refused"),
    EMERGENCY("emergency");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
