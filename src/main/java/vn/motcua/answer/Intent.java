package vn.motcua.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a citizen wants to know about a procedure; a question may carry several. */
public enum Intent {
    DOCUMENTS("documents"),
    FEE("fee"),
    DEADLINE("deadline"),
    AGENCY("agency"),
    STEPS("steps"),
    ONLINE("online"),
    CONDITIONS("conditions"),
    RESULT("result"),
    LEGAL_BASIS("legal_basis"),
    FORMS("forms"),
    OVERVIEW("overview");

    private final String key;

    Intent(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
