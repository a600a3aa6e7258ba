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
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Conversation states (as the JSON chat/ writes) and their messages. A turn's state and messages
 * are written in one transaction, so a restart finds either both or neither. Texts arrive masked.
 */
public final class ConversationStore {

    /** One stored message; {@code role} is "user" or "assistant". */
    public record Message(String role, String textMasked, String status, String procedureCode, Instant at) {
        public Message {
            requireNonNull(role, "role may not be null");
            requireNonNull(textMasked, "textMasked may not be null");
            requireNonNull(at, "at may not be null");
        }
    }

    private static final String UPSERT = "INSERT INTO conversations (id, state_json, updated_at) VALUES (?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at";
    private static final String APPEND = "INSERT INTO messages (id, conversation_id, role, text_masked, status, procedure_code, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Database db;
    private final Clock clock;

    public ConversationStore(Database db, Clock clock) {
        this.db = requireNonNull(db, "db may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /** The state JSON of conversation {@code id}, if it was ever saved (and not purged). */
    public Optional<String> findState(String id) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT state_json FROM conversations WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read conversation " + id, e);
        }
    }

    /** Saves the state of conversation {@code id}, replacing the previous one. */
    public void saveState(String id, String stateJson) {
        saveTurn(id, stateJson, List.of());
    }

    /**
     * Saves the state and appends the messages of one turn, atomically. Turns of concurrent
     * conversations are committed together (one flush for many chats); this returns after the commit.
     */
    public void saveTurn(String id, String stateJson, List<Message> messages) {
        requireNonNull(id, "id may not be null");
        requireNonNull(stateJson, "stateJson may not be null");
        long now = clock.millis();
        try {
            db.inSharedTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                    ps.setString(1, id);
                    ps.setString(2, stateJson);
                    ps.setLong(3, now);
                    ps.executeUpdate();
                }
                if (!messages.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(APPEND)) {
                        for (Message m : messages) {
                            ps.setString(1, TimeOrderedIds.at(m.at().toEpochMilli(), ThreadLocalRandom.current()));
                            ps.setString(2, id);
                            ps.setString(3, m.role());
                            ps.setString(4, m.textMasked());
                            ps.setString(5, m.status());
                            ps.setString(6, m.procedureCode());
                            ps.setLong(7, m.at().toEpochMilli());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("save conversation " + id, e);
        }
    }

    /** The messages of conversation {@code id}, oldest first (a question before its reply). */
    public List<Message> messages(String id) {
        String sql = "SELECT role, text_masked, status, procedure_code, created_at FROM messages WHERE conversation_id = ? "
                + "ORDER BY created_at, CASE role WHEN 'user' THEN 0 ELSE 1 END";
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            List<Message> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("read messages of " + id, e);
        }
    }
}
