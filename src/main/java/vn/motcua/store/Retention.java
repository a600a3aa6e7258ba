package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Deletes what is older than the retention period: messages, conversations not touched since,
 * feedback, and tickets not updated since. One transaction, so a purge is all or nothing.
 */
public final class Retention {

    /** How many rows of each table a purge deleted. */
    public record Purged(int messages, int conversations, int feedback, int tickets) {
        public int total() {
            return messages + conversations + feedback + tickets;
        }
    }

    private final Database db;

    public Retention(Database db) {
        this.db = requireNonNull(db, "db may not be null");
    }

    /** Deletes every row last written before {@code olderThan}. */
    public Purged purge(Instant olderThan) {
        long cutoff = olderThan.toEpochMilli();
        try {
            return db.inTransaction(c -> {
                // Messages first: a conversation's messages go with it anyway (ON DELETE CASCADE), but
                // an active conversation's old messages must go too.
                int messages = delete(c, "DELETE FROM messages WHERE created_at < ?", cutoff);
                int conversations = delete(c, "DELETE FROM conversations WHERE updated_at < ?", cutoff);
                int feedback = delete(c, "DELETE FROM feedback WHERE created_at < ?", cutoff);
                int tickets = delete(c, "DELETE FROM tickets WHERE updated_at < ?", cutoff);
                return new Purged(messages, conversations, feedback, tickets);
            });
        } catch (SQLException e) {
            throw new StoreException("purge rows older than " + olderThan, e);
        }
    }

    private static int delete(Connection c, String sql, long cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, cutoff);
            return ps.executeUpdate();
        }
    }
}
