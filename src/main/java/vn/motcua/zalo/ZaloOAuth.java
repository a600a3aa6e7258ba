package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Zalo's OA token endpoint, {@code POST {oauth}/v4/oa/access_token} with the App Secret in the
 * {@code secret_key} header: exchanges an authorization code (with its PKCE verifier) or a refresh
 * token for a new token pair. Neither token nor secret ever reaches a message or a log.
 */
public final class ZaloOAuth {

    static final String ENDPOINT = "v4/oa/access_token";

    /** A new token pair; the refresh token replaces (and spends) the previous one. */
    record Grant(String accessToken, String refreshToken, long expiresInSeconds) {
        Grant {
            requireNonNull(accessToken, "accessToken may not be null");
            requireNonNull(refreshToken, "refreshToken may not be null");
        }

        @Override
        public String toString() {
            return "Grant[accessToken=***, refreshToken=***, expiresInSeconds=" + expiresInSeconds + "]";
        }
    }

    private final OkHttpClient http;
    private final HttpUrl url;
    private final String appId;
    private final String appSecret;
    private final ObjectMapper json;

    public ZaloOAuth(OkHttpClient http, ZaloSettings settings, ObjectMapper json) {
        this.http = requireNonNull(http, "http may not be null");
        requireNonNull(settings, "settings may not be null");
        this.url = HttpUrl.get(settings.oauthUrl() + "/" + ENDPOINT);
        this.appId = requireNonNull(settings.appId(), "the Zalo app id is not configured");
        this.appSecret = requireNonNull(settings.appSecret(), "the Zalo app secret is not configured");
        this.json = requireNonNull(json, "json may not be null");
    }

    /** Spends {@code refreshToken} for a new pair. */
    Grant refresh(String refreshToken) throws IOException {
        return post(new FormBody.Builder().add("refresh_token", refreshToken).add("app_id", appId).add("grant_type", "refresh_token").build());
    }

    /** Exchanges an authorization code and its PKCE verifier for the first pair. */
    Grant exchange(String code, String codeVerifier) throws IOException {
        return post(new FormBody.Builder().add("app_id", appId).add("code", code).add("code_verifier", codeVerifier)
                .add("grant_type", "authorization_code").build());
    }

    private Grant post(FormBody form) throws IOException {
        Request request = new Request.Builder().url(url).header("secret_key", appSecret).post(form).build();
        try (Response r = http.newCall(request).execute()) {
            ResponseBody body = r.body();
            JsonNode n;
            try {
                n = json.readTree(body.bytes());
            } catch (IOException e) {
                throw new ZaloApiException(ENDPOINT, r.code(), 0, "not JSON", e);
            }
            String access = ZaloEvent.text(n.path("access_token"));
            String refresh = ZaloEvent.text(n.path("refresh_token"));
            if (!r.isSuccessful() || access == null || refresh == null) {
                throw new ZaloApiException(ENDPOINT, r.code(), n.path("error").asInt(0), ZaloEvent.text(n.path("error_name")));
            }
            // expires_in comes as a string of seconds in the public samples; a number is read the same way.
            long expiresIn = n.path("expires_in").asLong(0);
            return new Grant(access, refresh, expiresIn > 0 ? expiresIn : 3600);
        }
    }
}
