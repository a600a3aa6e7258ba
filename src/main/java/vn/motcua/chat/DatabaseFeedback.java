package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import vn.motcua.store.FeedbackStore;

/** Feedback in the database: one row per (session, message), so a retried submission is kept once. */
public final class DatabaseFeedback implements FeedbackRepository {

    private final FeedbackStore store;

    public DatabaseFeedback(FeedbackStore store) {
        this.store = requireNonNull(store, "store may not be null");
    }

    @Override
    public void save(Feedback f) {
        store.save(new FeedbackStore.Entry(f.sessionId(), f.messageId(), f.rating().name().toLowerCase(Locale.ROOT), f.reason(), f.comment(), f.at()));
    }

    @Override
    public List<Feedback> recent(int limit) {
        return store.recent(limit).stream()
                .map(e -> new Feedback(e.sessionId(), e.messageId(), Feedback.Rating.valueOf(e.rating().toUpperCase(Locale.ROOT)), e.reason(), e.comment(), e.at()))
                .toList();
    }
}
