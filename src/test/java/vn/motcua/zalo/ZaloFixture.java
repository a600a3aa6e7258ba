package vn.motcua.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import vn.motcua.answer.AnswerService;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.DatabaseConversations;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryFeedback;
import vn.motcua.store.ConversationStore;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;
import vn.motcua.store.ZaloStore;
import vn.motcua.web.WebServer;
import vn.motcua.web.WebSettings;

/**
 * The Zalo channel assembled as app/Wiring assembles it, over a real SQLite file, with fake
 * openapi.zalo.me and oauth.zaloapp.com servers (mockwebserver3 on loopback) speaking Zalo's JSON.
 */
final class ZaloFixture implements AutoCloseable {

    static final String APP_ID = "1234567890123456789";
    static final String APP_SECRET = "app-secret-not-the-oa-key";
    static final String OA_KEY = "oa-secret-key-0123456789";
    static final String PUBLIC_URL = "https://motcua.example.vn";
    static final ObjectMapper JSON = KnowledgeBaseJson.mapper();

    final MockWebServer openapi = new MockWebServer();
    final MockWebServer oauth = new MockWebServer();
    final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(Duration.ofSeconds(10)).build();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final Pause recording = pauses::add;
    final Path dbFile;
    Database db;

    ZaloFixture(Path dir) throws IOException {
        openapi.start(InetAddress.getLoopbackAddress(), 0);
        oauth.start(InetAddress.getLoopbackAddress(), 0);
        dbFile = dir.resolve("motcua.db");
        db = Database.open(StoreSettings.sqlite(dbFile));
    }

    ZaloSettings settings() {
        return new ZaloSettings(APP_ID, APP_SECRET, OA_KEY, openapi.url("/").uri(), oauth.url("/").uri(), null, null, URI.create(PUBLIC_URL),
                Duration.ofMinutes(5), 1000);
    }

    ZaloStore store() {
        return new ZaloStore(db, Clock.systemUTC());
    }

    ZaloTokens tokens() {
        return new ZaloTokens(store(), new ZaloOAuth(http, settings(), JSON), Clock.systemUTC());
    }

    ZaloClient client(ZaloTokens tokens) {
        return new ZaloClient(http, settings(), tokens, JSON, recording);
    }

    /** Stores a valid token pair: access "tok-1" for an hour, refresh "rt-1". */
    void storeValidTokens() {
        store().saveTokens(new ZaloStore.Tokens("tok-1", "rt-1", Instant.now().plus(Duration.ofHours(1))));
    }

    /** Opens the database again, as a restarted process would. */
    void reopen() {
        db.close();
        db = Database.open(StoreSettings.sqlite(dbFile));
    }

    /** The real web server with the Zalo webhook registered, over the grounded pipeline. */
    Server server(AnswerService answers, ZaloSettings settings) {
        Clock clock = Clock.systemUTC();
        ChatService chat = new ChatService(answers, new DatabaseConversations(new ConversationStore(db, clock), JSON), clock);
        HandoffService handoffs = new HandoffService(new TicketStore(db, clock));
        ZaloResponder responder = new ZaloResponder(chat, handoffs, client(tokens()), store(), settings);
        ZaloWebhook webhook = new ZaloWebhook(settings, store(), responder, JSON, clock);
        WebServer web = new WebServer(chat, answers, new InMemoryFeedback(10), handoffs,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new WebSettings("127.0.0.1", 0, List.of(), 64 * 1024, 100_000, 10_000),
                JSON, List.of(webhook)).start();
        return new Server(web, webhook);
    }

    record Server(WebServer web, ZaloWebhook webhook) implements AutoCloseable {
        @Override
        public void close() {
            web.stop();
            webhook.close();
        }
    }

    static MockResponse ok() {
        return json("{\"data\":{\"message_id\":\"m1\",\"user_id\":\"u\"},\"error\":0,\"message\":\"Success\"}");
    }

    static MockResponse error(int code) {
        return json("{\"error\":" + code + ",\"message\":\"fake error " + code + "\"}");
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
    }

    static MockResponse grant(String access, String refresh) {
        return json("{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\",\"expires_in\":\"90000\"}");
    }

    /** The next request the fake openapi received, as JSON (decoded as UTF-8), failing after 10 s. */
    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request reached " + server.url("/") + " within 10 s");
        }
        return r;
    }

    static JsonNode body(RecordedRequest r) throws IOException {
        return JSON.readTree(r.getBody().string(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        db.close();
        openapi.close();
        oauth.close();
    }
}
