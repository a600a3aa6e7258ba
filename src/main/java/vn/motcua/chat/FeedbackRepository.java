package vn.motcua.chat;

import java.util.List;

/** Where feedback is kept: in memory for tests and a single process, in the database when the service runs. */
public interface FeedbackRepository {

    void save(Feedback feedback);

    /** The most recent feedback first, at most {@code limit}. */
    List<Feedback> recent(int limit);
}
