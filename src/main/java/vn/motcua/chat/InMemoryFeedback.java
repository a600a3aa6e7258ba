package vn.motcua.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** Feedback in memory, the oldest dropped beyond a bound. Thread-safe. */
public final class InMemoryFeedback implements FeedbackRepository {

    private final Deque<Feedback> items = new ArrayDeque<>();
    private final int max;

    public InMemoryFeedback(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    @Override
    public synchronized void save(Feedback feedback) {
        items.addFirst(feedback);
        while (items.size() > max) {
            items.removeLast();
        }
    }

    @Override
    public synchronized List<Feedback> recent(int limit) {
        List<Feedback> out = new ArrayList<>();
        Iterator<Feedback> it = items.iterator();
        while (it.hasNext() && out.size() < limit) {
            out.add(it.next());
        }
        return out;
    }
}
