package vn.motcua.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the Zalo channel must not forget: the webhook events it has taken on (a unique key per
 * event, so a delivery Zalo retries is claimed once, even across a restart), and the OA's token
 * pair, written in one transaction because Zalo's refresh token is single-use.
 */
public final class ZaloStore {

    /** What became of an event: taken on, answered, given up on, or deliberately not answered. */
    public enum EventStatus { RECEIVED, REPLIED, FAILED, IGNORED }

    /** One claimed event; {@code detail} (null when none) says why it failed or was ignored. */
    public record Event(String key, String userId, String eventName, EventStatus status, String detail, Instant receivedAt) {
        public Event {
            requireNonNull(key, "key may not be null");
            requireNonNull(status, "status may not be null");
        }
    }

    /**
     * The OA's tokens: the access token (null until the first refresh when only a refresh token was
     * seeded) and when it expires, and the refresh token. {@link #toString()} shows neither token.
     */
    public record Tokens(String accessToken, String refreshToken, Instant expiresAt) {
        public Tokens {
            requireNonNull(refreshToken, "refreshToken may not be null");
            requireNonNull(expiresAt, "expiresAt may not be null");
            if (refreshToken.isBlank()) {
                throw new IllegalArgumentException("the refresh token may not be blank");
            }
        }

        @Override
        public String toString() {
            return "Tokens[accessToken=" + (accessToken == null ? "none" : "***") + ", refreshToken=***, expiresAt=" + expiresAt + "]";
        }
    }

    private static final String ROW = "oa";
    private static final int MAX_DETAIL = 200;
    private static final String UPSERT_TOKENS = "INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token, "
            + "expires_at = excluded.expires_at, updated_at = excluded.updated_at";
    private static final String SEED_TOKENS = "INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO NOTHING";

    private final Database db;
    private final Clock clock;

    public ZaloStore(Database db, Clock clock) {
        this.db = requireNonNull(db, "db may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /**
     * Claims an event: true when this is the first time its key is seen (the caller now owns it),
     * false when it was claimed before. The claim is committed when this returns.
     */
    public boolean claim(String key, String userId, String eventName) {
        requireNonNull(key, "key may not be null");
        long now = clock.millis();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO zalo_events (event_key, user_id, event_name, status, detail, received_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT (event_key) DO NOTHING")) {
            ps.setString(1, key);
            ps.setString(2, requireNonNull(userId, "userId may not be null"));
            ps.setString(3, requireNonNull(eventName, "eventName may not be null"));
            ps.setString(4, EventStatus.RECEIVED.name());
            ps.setLong(5, now);
            ps.setLong(6, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("claim Zalo event " + key, e);
        }
    }

    /** Gives a claim back (the event could not be queued, so Zalo's retry must be taken on). */
    public void release(String key) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM zalo_events WHERE event_key = ? AND status = ?")) {
            ps.setString(1, key);
            ps.setString(2, EventStatus.RECEIVED.name());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("release Zalo event " + key, e);
        }
    }

    /** Records what became of a claimed event; {@code detail} is cut to 200 characters. */
    public void mark(String key, EventStatus status, String detail) {
        String d = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("UPDATE zalo_events SET status = ?, detail = ?, updated_at = ? WHERE event_key = ?")) {
            ps.setString(1, requireNonNull(status, "status may not be null").name());
            ps.setString(2, d);
            ps.setLong(3, clock.millis());
            ps.setString(4, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("mark Zalo event " + key, e);
        }
    }

    /** The event claimed under this key, if any. */
    public Optional<Event> event(String key) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT event_key, user_id, event_name, status, detail, received_at FROM zalo_events WHERE event_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Event(rs.getString(1), rs.getString(2), rs.getString(3), EventStatus.valueOf(rs.getString(4)),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read Zalo event " + key, e);
        }
    }

    /** Forgets events received before {@code olderThan} (the retention period); returns how many. */
    public int purgeEvents(Instant olderThan) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM zalo_events WHERE received_at < ?")) {
            ps.setLong(1, olderThan.toEpochMilli());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("purge Zalo events older than " + olderThan, e);
        }
    }

    /** The stored tokens, if any were ever stored. */
    public Optional<Tokens> tokens() {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = ?")) {
            ps.setString(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Tokens(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read the Zalo tokens", e);
        }
    }

    /** Replaces the tokens in one committed transaction: when this returns, a restart finds these. */
    public void saveTokens(Tokens tokens) {
        write(UPSERT_TOKENS, tokens, "store the Zalo tokens");
    }

    /** Stores the tokens only when none are stored yet; true when they were stored. */
    public boolean seedTokens(Tokens tokens) {
        return write(SEED_TOKENS, tokens, "seed the Zalo tokens") == 1;
    }

    private int write(String sql, Tokens tokens, String what) {
        requireNonNull(tokens, "tokens may not be null");
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, ROW);
                    ps.setString(2, tokens.accessToken());
                    ps.setString(3, tokens.refreshToken());
                    ps.setLong(4, tokens.expiresAt().toEpochMilli());
                    ps.setLong(5, clock.millis());
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            // The driver's message names the table, never the values bound to it.
            throw new StoreException(what, e);
        }
    }
}
