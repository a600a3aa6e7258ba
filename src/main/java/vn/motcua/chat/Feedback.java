package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A citizen's thumbs up or down on one reply, with an optional reason. */
public record Feedback(String sessionId, String messageId, Rating rating, String reason, Instant at) {

    /** Up or down. */
    public enum Rating { UP, DOWN }

    public Feedback {
        SessionId.check(sessionId);
        requireNonNull(messageId, "messageId may not be null");
        if (!messageId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("message id must be 1-64 characters of letters, digits, '-' or '_'");
        }
        requireNonNull(rating, "rating may not be null");
        if (reason != null && reason.length() > 500) {
            throw new IllegalArgumentException("reason must be at most 500 characters");
        }
        requireNonNull(at, "at may not be null");
    }
}
