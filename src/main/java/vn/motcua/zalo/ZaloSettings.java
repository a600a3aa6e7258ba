package vn.motcua.zalo;

import java.net.URI;
import java.time.Duration;

/**
 * The Zalo channel's settings. The channel is on when the app id and the OA secret key are set
 * (then the app secret is required too); off, {@code /zalo/webhook} is a 404. The refresh and
 * access tokens only seed an empty store. {@link #toString()} shows no secret and no token.
 */
public record ZaloSettings(String appId, String appSecret, String oaSecretKey, URI openapiUrl, URI oauthUrl, String refreshToken,
        String accessToken, URI publicUrl, Duration timestampWindow, int requestsPerSecond) {

    public static final URI DEFAULT_OPENAPI = URI.create("https://openapi.zalo.me");
    public static final URI DEFAULT_OAUTH = URI.create("https://oauth.zaloapp.com");
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    public static final int DEFAULT_RATE = 10;
    public static final ZaloSettings DISABLED = new ZaloSettings(null, null, null, DEFAULT_OPENAPI, DEFAULT_OAUTH, null, null, null,
            DEFAULT_WINDOW, DEFAULT_RATE);

    public ZaloSettings {
        appId = blankToNull(appId);
        appSecret = blankToNull(appSecret);
        oaSecretKey = blankToNull(oaSecretKey);
        refreshToken = blankToNull(refreshToken);
        accessToken = blankToNull(accessToken);
        openapiUrl = httpUrl(openapiUrl == null ? DEFAULT_OPENAPI : openapiUrl, "ZALO_OPENAPI_URL");
        oauthUrl = httpUrl(oauthUrl == null ? DEFAULT_OAUTH : oauthUrl, "ZALO_OAUTH_URL");
        publicUrl = publicUrl == null ? null : httpUrl(publicUrl, "MOTCUA_PUBLIC_URL");
        timestampWindow = timestampWindow == null ? DEFAULT_WINDOW : timestampWindow;
        if (timestampWindow.isNegative() || timestampWindow.isZero()) {
            throw new IllegalArgumentException("the webhook timestamp window must be positive: " + timestampWindow);
        }
        if (requestsPerSecond < 1 || requestsPerSecond > 1000) {
            throw new IllegalArgumentException("the outbound rate must be 1-1000 requests per second: " + requestsPerSecond);
        }
        if ((appId == null) != (oaSecretKey == null) || appId != null && appSecret == null) {
            throw new IllegalArgumentException("ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY go together: set all three or none");
        }
        if (appId != null && !appId.matches("[0-9A-Za-z]{1,32}")) {
            throw new IllegalArgumentException("ZALO_APP_ID must be 1-32 letters or digits");
        }
    }

    /** Whether the channel is configured (its routes are registered). */
    public boolean isEnabled() {
        return appId != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static URI httpUrl(URI u, String key) {
        String s = u.toString();
        if (!s.matches("https?://[^/\\s]+(/.*)?")) {
            throw new IllegalArgumentException(key + " must be an http(s) URL: " + s);
        }
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    @Override
    public String toString() {
        return "ZaloSettings[appId=" + (appId == null ? "none" : appId) + ", appSecret=" + (appSecret == null ? "none" : "***")
                + ", oaSecretKey=" + (oaSecretKey == null ? "none" : "***") + ", openapiUrl=" + openapiUrl + ", oauthUrl=" + oauthUrl
                + ", refreshToken=" + (refreshToken == null ? "none" : "***") + ", accessToken=" + (accessToken == null ? "none" : "***")
                + ", publicUrl=" + publicUrl + ", timestampWindow=" + timestampWindow + ", requestsPerSecond=" + requestsPerSecond + "]";
    }
}
