package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Hand-off tickets: a citizen's question for an officer, with a short reference code the citizen
 * can read out ("MC-7K2Q9"), the officers' queue of open tickets, and the officer's reply.
 */
public final class TicketStore {

    /** Open until an officer replies. */
    public enum Status { OPEN, ANSWERED }

    /** One ticket; {@code contact} and {@code reply} may be null. */
    public record Ticket(String reference, String sessionId, String questionMasked, String contact, Status status, String reply,
            Instant createdAt, Instant updatedAt) {
        public Ticket {
            requireNonNull(reference, "reference may not be null");
            requireNonNull(sessionId, "sessionId may not be null");
            requireNonNull(questionMasked, "questionMasked may not be null");
            requireNonNull(status, "status may not be null");
        }
    }

    /** No 0/O or 1/I, so a code read over the phone is not misheard: 32^5, about 33.5 million codes. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 5;
    private static final int MAX_ATTEMPTS = 20;
    private static final String COLUMNS = "reference, session_id, question_masked, contact, status, reply, created_at, updated_at";

    private final Database db;
    private final Clock clock;
    private final RandomGenerator random;

    public TicketStore(Database db, Clock clock) {
        this(db, clock, new SecureRandom());
    }

    TicketStore(Database db, Clock clock, RandomGenerator random) {
        this.db = requireNonNull(db, "db may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
        this.random = requireNonNull(random, "random may not be null");
    }

    /** Opens a ticket under a fresh reference code; once it returns, the ticket is committed. */
    public Ticket open(String sessionId, String questionMasked, String contact) {
        requireNonNull(sessionId, "sessionId may not be null");
        requireNonNull(questionMasked, "questionMasked may not be null");
        String sql = "INSERT INTO tickets (id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?) ON CONFLICT (reference) DO NOTHING";
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                String reference = newReference();
                Instant now = Instant.ofEpochMilli(clock.millis());
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, reference);
                ps.setString(3, sessionId);
                ps.setString(4, questionMasked);
                ps.setString(5, contact);
                ps.setString(6, Status.OPEN.name());
                ps.setLong(7, now.toEpochMilli());
                ps.setLong(8, now.toEpochMilli());
                if (ps.executeUpdate() == 1) {
                    return new Ticket(reference, sessionId, questionMasked, contact, Status.OPEN, null, now, now);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("open a ticket", e);
        }
        throw new IllegalStateException("no free ticket reference after " + MAX_ATTEMPTS + " attempts");
    }

    String newReference() {
        StringBuilder b = new StringBuilder("MC-");
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Open tickets, oldest first, at most {@code limit}: the officers' queue. */
    public List<Ticket> listOpen(int limit) {
        return query("SELECT " + COLUMNS + " FROM tickets WHERE status = ? ORDER BY created_at, reference LIMIT ?", "list open tickets",
                Status.OPEN.name(), limit);
    }

    /** All tickets, newest first, at most {@code limit}: for export. */
    public List<Ticket> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM tickets ORDER BY created_at DESC, reference LIMIT ?", "list recent tickets", limit);
    }

    private List<Ticket> query(String sql, String what, Object... params) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ticket(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    /** The ticket with this reference, if any. */
    public Optional<Ticket> find(String reference) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tickets WHERE reference = ?")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ticket(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read ticket " + reference, e);
        }
    }

    /** Records an officer's reply and closes the ticket; empty when no ticket has this reference. */
    public Optional<Ticket> reply(String reference, String text) {
        requireNonNull(text, "text may not be null");
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("UPDATE tickets SET status = ?, reply = ?, updated_at = ? WHERE reference = ?")) {
            ps.setString(1, Status.ANSWERED.name());
            ps.setString(2, text);
            ps.setLong(3, clock.millis());
            ps.setString(4, reference);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reply to ticket " + reference, e);
        }
        return find(reference);
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Status.valueOf(rs.getString(5)),
                rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)));
    }
}
