package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.random.RandomGenerator;
import vn.motcua.store.ZaloStore;

/**
 * The OA administrator's authorization (PKCE, S256): the permission URL to open, then the
 * exchange of the code Zalo returns for the first token pair, stored at once. This is also the
 * way back when the stored refresh token is spent or expired.
 */
public final class ZaloAuthorization {

    /** A started authorization: the URL to open, and the verifier and state to keep until the code comes back. */
    public record Start(String url, String codeVerifier, String state) {
        @Override
        public String toString() {
            return "Start[url=" + url + ", codeVerifier=***, state=" + state + "]";
        }
    }

    static final String PERMISSION = "v4/oa/permission";
    private static final String VERIFIER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    static final int VERIFIER_LENGTH = 64;

    private final ZaloSettings settings;
    private final ZaloOAuth oauth;
    private final ZaloStore store;
    private final Clock clock;
    private final RandomGenerator random;

    public ZaloAuthorization(ZaloSettings settings, ZaloOAuth oauth, ZaloStore store, Clock clock) {
        this(settings, oauth, store, clock, new SecureRandom());
    }

    ZaloAuthorization(ZaloSettings settings, ZaloOAuth oauth, ZaloStore store, Clock clock, RandomGenerator random) {
        this.settings = requireNonNull(settings, "settings may not be null");
        this.oauth = requireNonNull(oauth, "oauth may not be null");
        this.store = requireNonNull(store, "store may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
        this.random = requireNonNull(random, "random may not be null");
    }

    /** A fresh verifier and state, and the permission URL that carries the verifier's challenge. */
    public Start start(String redirectUri) {
        requireNonNull(redirectUri, "redirectUri may not be null");
        StringBuilder v = new StringBuilder(VERIFIER_LENGTH);
        for (int i = 0; i < VERIFIER_LENGTH; i++) {
            v.append(VERIFIER_ALPHABET.charAt(random.nextInt(VERIFIER_ALPHABET.length())));
        }
        byte[] s = new byte[12];
        random.nextBytes(s);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(s);
        String url = settings.oauthUrl() + "/" + PERMISSION + "?app_id=" + enc(settings.appId()) + "&redirect_uri=" + enc(redirectUri)
                + "&code_challenge=" + challenge(v.toString()) + "&state=" + state;
        return new Start(url, v.toString(), state);
    }

    /** Exchanges the returned code and stores the pair; returns when the access token expires. */
    public Instant complete(String code, String codeVerifier) {
        requireNonNull(code, "code may not be null");
        requireNonNull(codeVerifier, "codeVerifier may not be null");
        try {
            ZaloOAuth.Grant g = oauth.exchange(code.strip(), codeVerifier);
            ZaloStore.Tokens t = new ZaloStore.Tokens(g.accessToken(), g.refreshToken(), clock.instant().plusSeconds(g.expiresInSeconds()));
            store.saveTokens(t);
            return t.expiresAt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Zalo's token endpoint at " + settings.oauthUrl(), e);
        }
    }

    /** base64url(SHA-256(verifier)) without padding: the S256 code challenge. */
    static String challenge(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
