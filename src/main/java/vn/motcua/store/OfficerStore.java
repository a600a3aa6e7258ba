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
import java.util.UUID;

/**
 * Officer accounts and their login sessions. Only hashes are stored: the account's login-token
 * hash as officer/ computes it, and a session's token hash. A revoked account keeps its row (the
 * audit log names it) but loses every session and can no longer log in.
 */
public final class OfficerStore {

    /** One account; {@code revokedAt} is null while it is active. */
    public record Account(String id, String name, String role, String tokenHash, Instant createdAt, Instant revokedAt) {
        public Account {
            requireNonNull(id, "id may not be null");
            requireNonNull(name, "name may not be null");
            requireNonNull(role, "role may not be null");
            requireNonNull(tokenHash, "tokenHash may not be null");
            requireNonNull(createdAt, "createdAt may not be null");
        }

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    private static final String COLUMNS = "a.id, a.name, a.role, a.token_hash, a.created_at, a.revoked_at";

    private final Database db;
    private final Clock clock;

    public OfficerStore(Database db, Clock clock) {
        this.db = requireNonNull(db, "db may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /** Adds an account; false when the name is taken (also by a revoked account). */
    public boolean addAccount(String name, String role, String tokenHash) {
        String sql = "INSERT INTO officer_accounts (id, name, role, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL) "
                + "ON CONFLICT (name) DO NOTHING";
        return update(sql, "add account " + name, UUID.randomUUID().toString(), name, role, tokenHash, clock.millis()) == 1;
    }

    /** The account with this name, revoked or not. */
    public Optional<Account> account(String name) {
        List<Account> found = query("SELECT " + COLUMNS + " FROM officer_accounts a WHERE a.name = ?", "read account", name);
        return found.stream().findFirst();
    }

    /** Every account, by name. */
    public List<Account> accounts() {
        return query("SELECT " + COLUMNS + " FROM officer_accounts a ORDER BY a.name", "list accounts");
    }

    /** Revokes an active account and ends its sessions; false when no active account has this name. */
    public boolean revoke(String name) {
        try {
            return db.inTransaction(c -> {
                int changed = update(c, "UPDATE officer_accounts SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", clock.millis(), name);
                update(c, "DELETE FROM officer_sessions WHERE account_id IN (SELECT id FROM officer_accounts WHERE name = ?)", name);
                return changed == 1;
            });
        } catch (SQLException e) {
            throw new StoreException("revoke account " + name, e);
        }
    }

    /** Starts a session for an account until {@code expiresAt}, and drops the sessions that have expired. */
    public void addSession(String tokenHash, String accountId, Instant expiresAt) {
        try {
            db.inTransaction(c -> {
                update(c, "DELETE FROM officer_sessions WHERE expires_at <= ?", clock.millis());
                return update(c, "INSERT INTO officer_sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                        tokenHash, accountId, clock.millis(), expiresAt.toEpochMilli());
            });
        } catch (SQLException e) {
            throw new StoreException("add session", e);
        }
    }

    /** The active account of an unexpired session, if any. */
    public Optional<Account> sessionAccount(String tokenHash) {
        List<Account> found = query("SELECT " + COLUMNS + " FROM officer_sessions s JOIN officer_accounts a ON a.id = s.account_id "
                + "WHERE s.token_hash = ? AND s.expires_at > ? AND a.revoked_at IS NULL", "read session", tokenHash, clock.millis());
        return found.stream().findFirst();
    }

    /** Ends a session; false when there was none. */
    public boolean deleteSession(String tokenHash) {
        return update("DELETE FROM officer_sessions WHERE token_hash = ?", "delete session", tokenHash) == 1;
    }

    private int update(String sql, String what, Object... params) {
        try (Connection c = db.connection()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    private List<Account> query(String sql, String what, Object... params) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Account> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long revoked = rs.getLong(6);
                    Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
                    out.add(new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)),
                            revokedAt));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }
}
