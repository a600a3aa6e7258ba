package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The audit log: one row per officer question and per admin action, appended and never edited.
 * Details arrive with personal data already masked. Retention does not purge it.
 */
public final class AuditStore {

    /** One audit row; {@code account} is null when no account is known (a failed login for an unknown name). */
    public record Entry(Instant at, String account, String action, String detail) {
        public Entry {
            requireNonNull(at, "at may not be null");
            requireNonNull(action, "action may not be null");
        }
    }

    private final Database db;
    private final Clock clock;

    public AuditStore(Database db, Clock clock) {
        this.db = requireNonNull(db, "db may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /** Appends a row; once it returns, the row is committed. */
    public void append(String account, String action, String detail) {
        requireNonNull(action, "action may not be null");
        long now = clock.millis();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, created_at, account, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, TimeOrderedIds.at(now, ThreadLocalRandom.current()));
            ps.setLong(2, now);
            ps.setString(3, account);
            ps.setString(4, action);
            ps.setString(5, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("append audit row " + action, e);
        }
    }

    /** The newest rows first, at most {@code limit}; {@code action} null means every action. */
    public List<Entry> recent(String action, int limit) {
        String sql = "SELECT created_at, account, action, detail FROM audit_log" + (action == null ? "" : " WHERE action = ?")
                + " ORDER BY created_at DESC, id LIMIT ?";
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (action != null) {
                ps.setString(i++, action);
            }
            ps.setInt(i, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("read the audit log", e);
        }
    }
}
