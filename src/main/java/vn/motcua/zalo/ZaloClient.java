package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OA customer-service messages ({@code POST {openapi}/v3.0/oa/message/cs}, token in the
 * {@code access_token} header). Zalo answers errors with HTTP 200 and {@code error} ≠ 0: an
 * invalid or expired token (-216, -220) is refreshed once and the send retried; "busy" (-32) and
 * network failures are retried a bounded number of times with backoff; an unreachable user
 * (-213, -230, -232) is not retried. Every send shares one outbound rate limit.
 */
public final class ZaloClient {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloClient.class);

    static final String ENDPOINT = "v3.0/oa/message/cs";
    static final Set<Integer> TOKEN_ERRORS = Set.of(-216, -220);
    static final int BUSY = -32;
    static final Set<Integer> FINAL_ERRORS = Set.of(-213, -230, -232);
    /** Retries after a "busy" answer or a network failure, each. */
    static final int MAX_RETRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(4);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl url;
    private final ZaloTokens tokens;
    private final ObjectMapper json;
    private final SendRate rate;
    private final Pause pause;

    public ZaloClient(OkHttpClient http, ZaloSettings settings, ZaloTokens tokens, ObjectMapper json) {
        this(http, settings, tokens, json, Pause.SLEEP);
    }

    ZaloClient(OkHttpClient http, ZaloSettings settings, ZaloTokens tokens, ObjectMapper json, Pause pause) {
        this.http = requireNonNull(http, "http may not be null");
        this.url = HttpUrl.get(requireNonNull(settings, "settings may not be null").openapiUrl() + "/" + ENDPOINT);
        this.tokens = requireNonNull(tokens, "tokens may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.pause = requireNonNull(pause, "pause may not be null");
        this.rate = new SendRate(settings.requestsPerSecond(), System::nanoTime, pause);
    }

    /** Sends one message to a user; throws {@link ZaloApiException} when Zalo refuses it for good. */
    void send(String userId, ZaloMessage message) {
        byte[] body = bytes(ZaloWire.message(json, userId, message));
        int busy = 0;
        int network = 0;
        boolean refreshed = false;
        while (true) {
            String token = tokens.accessToken();
            int code;
            JsonNode answer;
            try {
                rate.acquire();
                try (Response r = http.newCall(new Request.Builder().url(url).header("access_token", token).post(RequestBody.create(body, JSON)).build())
                        .execute()) {
                    if (r.code() >= 500) {
                        throw new IOException("HTTP " + r.code());
                    }
                    if (!r.isSuccessful()) {
                        throw new ZaloApiException(ENDPOINT, r.code(), 0, "unexpected HTTP status");
                    }
                    answer = json.readTree(r.body().bytes());
                }
                code = answer.path("error").asInt(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZaloApiException(ENDPOINT, 0, 0, "interrupted while waiting for the rate limit", e);
            } catch (IOException e) {
                if (++network > MAX_RETRIES) {
                    throw new ZaloApiException(ENDPOINT, 0, 0, "network failure after " + MAX_RETRIES + " retries: " + e.getMessage(), e);
                }
                LOG.warn("Zalo send failed on the network ({}); retry {} of {}", e.getMessage(), network, MAX_RETRIES);
                backoff(network);
                continue;
            }
            if (code == 0) {
                return;
            }
            String reason = ZaloEvent.text(answer.path("message"));
            if (TOKEN_ERRORS.contains(code) && !refreshed) {
                refreshed = true;
                LOG.info("Zalo rejected the access token (error {}); refreshing once and retrying", code);
                tokens.refreshAfter(token);
                continue;
            }
            if (code == BUSY && ++busy <= MAX_RETRIES) {
                LOG.warn("Zalo is busy (error {}); retry {} of {}", code, busy, MAX_RETRIES);
                backoff(busy);
                continue;
            }
            // -213, -230, -232: the user cannot be messaged now (unfollowed, or outside the reply window); retrying cannot help.
            throw new ZaloApiException(ENDPOINT, 200, code, FINAL_ERRORS.contains(code) ? "user cannot be messaged: " + reason : reason);
        }
    }

    private void backoff(int attempt) {
        long ms = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << (attempt - 1));
        try {
            pause.pause(Duration.ofMillis(ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZaloApiException(ENDPOINT, 0, 0, "interrupted while backing off", e);
        }
    }

    private byte[] bytes(JsonNode n) {
        try {
            return json.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a Zalo message", e);
        }
    }
}
