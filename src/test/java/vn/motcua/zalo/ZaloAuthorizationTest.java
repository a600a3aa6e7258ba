package vn.motcua.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.ZaloStore;

/** {@code motcua zalo authorize}'s work: the PKCE permission URL, then the code exchange against the fake oauth server. */
class ZaloAuthorizationTest {

    @TempDir
    Path dir;
    private ZaloFixture zalo;
    private ZaloAuthorization authorization;

    @BeforeEach
    void start() throws Exception {
        zalo = new ZaloFixture(dir);
        authorization = new ZaloAuthorization(zalo.settings(), new ZaloOAuth(zalo.http, zalo.settings(), ZaloFixture.JSON), zalo.store(),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void thePermissionUrlCarriesTheS256ChallengeOfAFreshVerifier() throws Exception {
        ZaloAuthorization.Start a = authorization.start("https://motcua.example.vn/zalo/callback");
        ZaloAuthorization.Start b = authorization.start("https://motcua.example.vn/zalo/callback");

        HttpUrl url = HttpUrl.get(a.url());
        assertEquals("/v4/oa/permission", url.encodedPath());
        assertEquals(ZaloFixture.APP_ID, url.queryParameter("app_id"));
        assertEquals("https://motcua.example.vn/zalo/callback", url.queryParameter("redirect_uri"));
        assertEquals(a.state(), url.queryParameter("state"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(a.codeVerifier().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, url.queryParameter("code_challenge"));
        assertTrue(a.codeVerifier().matches("[A-Za-z0-9._~-]{43,128}"), a.codeVerifier());
        assertNotEquals(a.codeVerifier(), b.codeVerifier());
        assertNotEquals(a.state(), b.state());
        assertTrue(!a.toString().contains(a.codeVerifier()));
    }

    @Test
    void theReturnedCodeIsExchangedAndTheTokensStored() throws Exception {
        zalo.oauth.enqueue(ZaloFixture.grant("tok-a", "rt-a"));

        Instant expires = authorization.complete(" the-code \n", "verifier-0123456789012345678901234567890123456");

        RecordedRequest r = ZaloFixture.take(zalo.oauth);
        assertEquals("/v4/oa/access_token", r.getUrl().encodedPath());
        assertEquals(ZaloFixture.APP_SECRET, r.getHeaders().get("secret_key"));
        assertEquals("app_id=" + ZaloFixture.APP_ID + "&code=the-code&code_verifier=verifier-0123456789012345678901234567890123456"
                + "&grant_type=authorization_code", r.getBody().string(StandardCharsets.UTF_8));
        ZaloStore.Tokens stored = zalo.store().tokens().orElseThrow();
        assertEquals(List.of("tok-a", "rt-a"), List.of(stored.accessToken(), stored.refreshToken()));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofHours(24))));
    }

    @Test
    void aRefusedCodeStoresNothingAndSaysWhy() {
        zalo.oauth.enqueue(ZaloFixture.json("{\"error\":-14019,\"error_name\":\"Invalid code\",\"error_description\":\"x\"}"));

        ZaloApiException e = assertThrows(ZaloApiException.class, () -> authorization.complete("bad", "v".repeat(43)));

        assertEquals(-14019, e.code());
        assertTrue(zalo.store().tokens().isEmpty());
    }
}
