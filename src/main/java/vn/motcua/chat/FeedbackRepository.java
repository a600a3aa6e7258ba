package vn.motcua.chat;

import java.util.List;

/** Where feedback is kept: in memory until the database arrives (issue 7). */
public interface FeedbackRepository {

    void save(Feedback feedback);

    /** The most recent feedback first, at most {@code limit}. */
    List<Feedback> recent(int limit);
}
