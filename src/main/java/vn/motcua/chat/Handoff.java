package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A citizen's request to talk to an officer as the channels see it: the reference code, whether an
 * officer has replied, the masked question, the contact (null when none left) and the reply (null until one).
 */
public record Handoff(String reference, State state, String question, String contact, String reply, Instant createdAt) {

    /** Open until an officer replies. */
    public enum State {
        OPEN,
        ANSWERED;

        /** The lower-case name used in JSON ("open", "answered"). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Handoff {
        requireNonNull(reference, "reference may not be null");
        requireNonNull(state, "state may not be null");
        requireNonNull(question, "question may not be null");
        requireNonNull(createdAt, "createdAt may not be null");
    }
}
