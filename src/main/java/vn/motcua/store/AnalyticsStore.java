package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only queries for officers over the messages, feedback and tickets tables: what citizens ask,
 * what the knowledge base could not answer, and which answers were rated down. The same portable SQL
 * serves SQLite and PostgreSQL (days are UTC, from epoch milliseconds by integer division).
 */
public final class AnalyticsStore {

    private static final long DAY_MS = 86_400_000L;

    /** Questions asked on one UTC day. */
    public record DayCount(LocalDate day, long questions) {}

    /** How often answers were about one procedure. */
    public record ProcedureCount(String code, long answers) {}

    /** One question (masked) and what the assistant did with it; {@code procedureCode} may be null. */
    public record Question(Instant at, String questionMasked, String status, String procedureCode) {}

    /** A rating, with the question it most likely rated (the session's last one before it; may be null). */
    public record Rating(Instant at, String rating, String reason, String comment, String questionMasked) {}

    private final Database db;

    public AnalyticsStore(Database db) {
        this.db = requireNonNull(db, "db may not be null");
    }

    /** Questions per UTC day since {@code since}, oldest first; days without questions are left out. */
    public List<DayCount> questionsPerDay(Instant since) {
        String sql = "SELECT created_at / " + DAY_MS + " AS day, COUNT(*) FROM messages WHERE role = 'user' AND created_at >= ? "
                + "GROUP BY created_at / " + DAY_MS + " ORDER BY 1";
        return query("count questions per day", sql, ps -> ps.setLong(1, since.toEpochMilli()),
                rs -> new DayCount(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2)));
    }

    /** The procedures answers were most often about since {@code since}, most first. */
    public List<ProcedureCount> topProcedures(Instant since, int limit) {
        String sql = "SELECT procedure_code, COUNT(*) FROM messages WHERE role = 'assistant' AND procedure_code IS NOT NULL "
                + "AND created_at >= ? GROUP BY procedure_code ORDER BY COUNT(*) DESC, procedure_code LIMIT ?";
        return query("count top procedures", sql, ps -> {
            ps.setLong(1, since.toEpochMilli());
            ps.setInt(2, limit);
        }, rs -> new ProcedureCount(rs.getString(1), rs.getLong(2)));
    }

    /** Replies by status ("answered", "no_information", …) since {@code since}: the answer rate. */
    public Map<String, Long> statuses(Instant since) {
        Map<String, Long> out = new LinkedHashMap<>();
        query("count reply statuses", "SELECT status, COUNT(*) FROM messages WHERE role = 'assistant' AND status IS NOT NULL "
                + "AND created_at >= ? GROUP BY status ORDER BY status", ps -> ps.setLong(1, since.toEpochMilli()),
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** Feedback by rating ("up", "down") since {@code since}. */
    public Map<String, Long> ratings(Instant since) {
        Map<String, Long> out = new LinkedHashMap<>();
        query("count ratings", "SELECT rating, COUNT(*) FROM feedback WHERE created_at >= ? GROUP BY rating ORDER BY rating",
                ps -> ps.setLong(1, since.toEpochMilli()), rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** The most recent questions, newest first, with the status of their reply; {@code status} null means any. */
    public List<Question> questions(String status, int limit) {
        String sql = "SELECT q.created_at, q.text_masked, a.status, a.procedure_code FROM messages a JOIN messages q "
                + "ON q.conversation_id = a.conversation_id AND q.created_at = a.created_at AND q.role = 'user' "
                + "WHERE a.role = 'assistant'" + (status == null ? "" : " AND a.status = ?") + " ORDER BY a.created_at DESC, q.id LIMIT ?";
        return query("read recent questions", sql, ps -> {
            int i = 1;
            if (status != null) {
                ps.setString(i++, status);
            }
            ps.setInt(i, limit);
        }, rs -> new Question(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The most recent ratings, newest first; {@code rating} ("up", "down") or null for both. */
    public List<Rating> ratings(String rating, int limit) {
        String sql = "SELECT f.created_at, f.rating, f.reason, f.comment, (SELECT q.text_masked FROM messages q WHERE q.conversation_id = f.session_id "
                + "AND q.role = 'user' AND q.created_at <= f.created_at ORDER BY q.created_at DESC LIMIT 1) "
                + "FROM feedback f" + (rating == null ? "" : " WHERE f.rating = ?") + " ORDER BY f.created_at DESC, f.id LIMIT ?";
        return query("read ratings", sql, ps -> {
            int i = 1;
            if (rating != null) {
                ps.setString(i++, rating);
            }
            ps.setInt(i, limit);
        }, rs -> new Rating(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, Binder binder, Row<T> row) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }
}
