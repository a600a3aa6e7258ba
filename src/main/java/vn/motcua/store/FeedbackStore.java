package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Feedback, one row per (session, message). Saving is idempotent: a retried write changes nothing,
 * and a changed mind (down after up) replaces the rating and reason but keeps the first time.
 */
public final class FeedbackStore {

    /** One stored rating: {@code rating} is "up" or "down". */
    public record Entry(String sessionId, String messageId, String rating, String reason, String comment, Instant at) {
        public Entry {
            requireNonNull(sessionId, "sessionId may not be null");
            requireNonNull(messageId, "messageId may not be null");
            if (!"up".equals(rating) && !"down".equals(rating)) {
                throw new IllegalArgumentException("rating must be up or down: " + rating);
            }
            requireNonNull(at, "at may not be null");
        }
    }

    private static final String UPSERT = "INSERT INTO feedback (id, session_id, message_id, rating, reason, comment, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, message_id) DO UPDATE SET rating = excluded.rating, "
            + "reason = excluded.reason, comment = excluded.comment";

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = requireNonNull(db, "db may not be null");
    }

    /** Keeps {@code entry}; once it returns, the entry is committed. */
    public void save(Entry entry) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, TimeOrderedIds.at(entry.at().toEpochMilli(), ThreadLocalRandom.current()));
            ps.setString(2, entry.sessionId());
            ps.setString(3, entry.messageId());
            ps.setString(4, entry.rating());
            ps.setString(5, entry.reason());
            ps.setString(6, entry.comment());
            ps.setLong(7, entry.at().toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("save feedback on " + entry.messageId(), e);
        }
    }

    /** The most recent feedback first, at most {@code limit}. */
    public List<Entry> recent(int limit) {
        String sql = "SELECT session_id, message_id, rating, reason, comment, created_at FROM feedback "
                + "ORDER BY created_at DESC, id LIMIT ?";
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("read feedback", e);
        }
    }

    /** How many rows the table holds. */
    public long count() {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM feedback");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("count feedback", e);
        }
    }
}
