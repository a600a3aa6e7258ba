package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One exchange as it is kept: the citizen's question and the reply, both with personal data
 * masked, the reply's status key and the procedure it answered about (null when none).
 */
public record Turn(String questionMasked, String replyMasked, String status, String procedureCode, Instant at) {

    public Turn {
        requireNonNull(questionMasked, "questionMasked may not be null");
        requireNonNull(replyMasked, "replyMasked may not be null");
        requireNonNull(status, "status may not be null");
        requireNonNull(at, "at may not be null");
    }
}
