package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A citizen's thumbs up or down on one reply, with an optional reason and free-text comment (personal
 * data in the comment is masked before it is kept).
 */
public record Feedback(String sessionId, String messageId, Rating rating, String reason, String comment, Instant at) {

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
        if (comment != null && comment.length() > 1000) {
            throw new IllegalArgumentException("comment must be at most 1000 characters");
        }
        comment = comment == null || comment.isBlank() ? null : new vn.motcua.answer.PersonalData().mask(comment).text();
        requireNonNull(at, "at may not be null");
    }

    /** Feedback without a comment. */
    public Feedback(String sessionId, String messageId, Rating rating, String reason, Instant at) {
        this(sessionId, messageId, rating, reason, null, at);
    }
}
