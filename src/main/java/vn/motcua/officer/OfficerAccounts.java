package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.store.AuditStore;
import vn.motcua.store.OfficerStore;

/**
 * Officer accounts: created with a login token shown once, revoked, listed; logins that turn a
 * name and token into a session; sessions that turn a session token back into an {@link Officer}.
 * Every account change and every login, failed or not, is written to the audit log.
 */
public final class OfficerAccounts {

    /** An account as the command line lists it; secrets and hashes are never part of it. */
    public record Listed(String name, String role, Instant createdAt, Instant revokedAt) {}

    /** A successful login: who, and the session token to hand to the client. */
    record Login(Officer officer, String sessionToken) {}

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    /** The actor of changes made from the command line. */
    public static final String CLI = "cli";

    private final OfficerStore store;
    private final AuditStore audit;
    private final OfficerSettings settings;
    private final Clock clock;
    private final TokenHasher hasher;
    /** Checked against when the name is unknown, so a login takes as long whether or not the account exists. */
    private final String decoy;

    public OfficerAccounts(OfficerStore store, AuditStore audit, OfficerSettings settings, Clock clock) {
        this.store = requireNonNull(store, "store may not be null");
        this.audit = requireNonNull(audit, "audit may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
        this.hasher = new TokenHasher(settings.hashIterations(), new SecureRandom());
        this.decoy = hasher.hash(hasher.newToken());
    }

    /** Creates an account and returns its login token, which is stored only as a hash and cannot be shown again. */
    public String add(String name, boolean admin, String actor) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an account name is 2-64 characters of letters, digits, '.', '_' or '-'");
        }
        String token = hasher.newToken();
        Officer.Role role = admin ? Officer.Role.ADMIN : Officer.Role.OFFICER;
        if (!store.addAccount(name, role.key(), hasher.hash(token))) {
            throw new IllegalArgumentException("an account named " + name + " exists already (revoked names are not reused)");
        }
        audit.append(actor, "account.add", name + " " + role.key());
        return token;
    }

    /** Revokes an account and ends its sessions; false when no active account has this name. */
    public boolean revoke(String name, String actor) {
        boolean done = store.revoke(name);
        if (done) {
            audit.append(actor, "account.revoke", name);
        }
        return done;
    }

    public List<Listed> list() {
        return store.accounts().stream().map(a -> new Listed(a.name(), a.role(), a.createdAt(), a.revokedAt())).toList();
    }

    /** Checks a name and login token; on success starts a session. Failures are audited without the token. */
    Optional<Login> login(String name, String token) {
        Optional<OfficerStore.Account> account = name == null ? Optional.empty() : store.account(name);
        String stored = account.filter(a -> !a.isRevoked()).map(OfficerStore.Account::tokenHash).orElse(decoy);
        boolean ok = token != null && TokenHasher.matches(token, stored) && !stored.equals(decoy);
        if (!ok) {
            audit.append(account.map(OfficerStore.Account::name).orElse(null), "login.failed", null);
            return Optional.empty();
        }
        OfficerStore.Account a = account.orElseThrow();
        String session = hasher.newToken();
        store.addSession(TokenHasher.sessionHash(session), a.id(), Instant.ofEpochMilli(clock.millis()).plus(settings.sessionLifetime()));
        audit.append(a.name(), "login", null);
        return Optional.of(new Login(new Officer(a.name(), Officer.Role.of(a.role())), session));
    }

    /** The officer of a live session token, if any. */
    Optional<Officer> session(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > 200) {
            return Optional.empty();
        }
        return store.sessionAccount(TokenHasher.sessionHash(sessionToken)).map(a -> new Officer(a.name(), Officer.Role.of(a.role())));
    }

    /** Ends a session. */
    void logout(Officer officer, String sessionToken) {
        store.deleteSession(TokenHasher.sessionHash(sessionToken));
        audit.append(officer.name(), "logout", null);
    }

    /** The newest audit rows, {@code action} null for all. */
    List<AuditStore.Entry> auditLog(String action, int limit) {
        return audit.recent(action, limit);
    }

    /** Writes an audit row for an officer's action. */
    void audit(Officer officer, String action, String detail) {
        audit.append(officer.name(), action, detail);
    }
}
