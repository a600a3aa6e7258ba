package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.store.ZaloStore;
import vn.motcua.store.ZaloStore.Tokens;

/**
 * The OA's access token, refreshed before it expires. Zalo's refresh token is single-use, so the
 * order is fixed: call Zalo, store the new pair in one transaction, and only then use the new
 * access token. A pair that could not be stored is kept here and stored before anything else is
 * done (never refreshed again with the spent token). One lock makes concurrent callers share one
 * refresh. The store is read on every call, so {@code motcua zalo authorize} takes effect at once.
 */
public final class ZaloTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloTokens.class);

    /** Refresh this long before the access token expires. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    /** An access token seeded from the environment has an unknown expiry; trust it this long. */
    static final Duration SEEDED_LIFETIME = Duration.ofHours(1);

    private final ZaloStore store;
    private final ZaloOAuth oauth;
    private final Clock clock;
    private Tokens unsaved;

    public ZaloTokens(ZaloStore store, ZaloOAuth oauth, Clock clock) {
        this.store = requireNonNull(store, "store may not be null");
        this.oauth = requireNonNull(oauth, "oauth may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
    }

    /** Seeds the store from the environment when it holds no tokens yet; true when it did. */
    public synchronized boolean seed(String refreshToken, String accessToken) {
        if (refreshToken == null) {
            return false;
        }
        Instant expires = accessToken == null ? Instant.EPOCH : clock.instant().plus(SEEDED_LIFETIME);
        boolean seeded = store.seedTokens(new Tokens(accessToken, refreshToken, expires));
        if (seeded) {
            LOG.info("Zalo tokens seeded from ZALO_REFRESH_TOKEN; the store is their only source from now on");
        }
        return seeded;
    }

    /** A current access token, refreshed first when it expires within {@link #MARGIN}. */
    public synchronized String accessToken() {
        Tokens t = stored();
        return isFresh(t) ? t.accessToken() : refresh(t);
    }

    /**
     * A token other than {@code rejected}, which Zalo called invalid or expired: the one another
     * caller has just refreshed, or a new one from a refresh.
     */
    synchronized String refreshAfter(String rejected) {
        Tokens t = stored();
        if (isFresh(t) && !t.accessToken().equals(rejected)) {
            return t.accessToken();
        }
        return refresh(t);
    }

    private boolean isFresh(Tokens t) {
        return t.accessToken() != null && clock.instant().isBefore(t.expiresAt().minus(MARGIN));
    }

    private Tokens stored() {
        if (unsaved != null) {
            persist(unsaved);
        }
        return store.tokens().orElseThrow(() -> new IllegalStateException(
                "no Zalo tokens are stored: set ZALO_REFRESH_TOKEN or run ./motcua zalo authorize"));
    }

    private String refresh(Tokens current) {
        ZaloOAuth.Grant g;
        try {
            g = oauth.refresh(current.refreshToken());
        } catch (ZaloApiException e) {
            LOG.error("Zalo refused to refresh the OA token ({}); replies stop until an administrator runs ./motcua zalo authorize", e.getMessage());
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Zalo token refresh failed before an answer came back; the stored refresh token is kept", e);
        }
        Tokens next = new Tokens(g.accessToken(), g.refreshToken(), clock.instant().plusSeconds(g.expiresInSeconds()));
        unsaved = next;
        persist(next);
        LOG.info("Zalo OA token refreshed and stored; expires at {}", next.expiresAt());
        return next.accessToken();
    }

    private void persist(Tokens next) {
        try {
            store.saveTokens(next);
            unsaved = null;
        } catch (RuntimeException e) {
            LOG.error("Zalo returned a new token pair but it could not be stored ({}); it is kept in memory and stored before any use. "
                    + "If this process stops first, the spent refresh token is all that remains: run ./motcua zalo authorize", e.getMessage());
            throw e;
        }
    }
}
