package vn.motcua.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.zalo.ZaloFixture.APP_ID;
import static vn.motcua.zalo.ZaloFixture.JSON;
import static vn.motcua.zalo.ZaloFixture.OA_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerService;
import vn.motcua.store.ZaloStore;
import vn.motcua.store.ZaloStore.EventStatus;

/**
 * The webhook end to end: the real server on loopback, signed deliveries in, replies out to the
 * fake openapi.zalo.me, conversations and de-duplication in a real SQLite file.
 */
class ZaloWebhookTest {

    /** Longer than a long, as Zalo's ids can be: kept as a string all the way. */
    private static final String USER = "84123456789012345678901";

    @TempDir
    static Path shared;
    private static AnswerService answers;
    private static final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private ZaloFixture zalo;
    private ZaloFixture.Server server;

    @BeforeAll
    static void index() {
        answers = AnswerFixtures.grounded(AnswerFixtures.index(shared.resolve("index")));
    }

    @BeforeEach
    void start() throws Exception {
        zalo = new ZaloFixture(dir);
        zalo.storeValidTokens();
        zalo.openapi.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
                return ZaloFixture.ok();
            }
        });
        server = zalo.server(answers, zalo.settings());
    }

    @AfterEach
    void stop() {
        server.close();
        zalo.close();
    }

    @Test
    void aSignedTextEventGetsOneReplyWithTheTokenHeaderAndAUtf8VietnameseBody() throws Exception {
        HttpResponse<String> r = deliver(text("msg-1", "đăng ký thường trú cần giấy tờ gì"));

        assertEquals(200, r.statusCode());
        List<RecordedRequest> sent = replies("msg-1");
        RecordedRequest first = sent.get(0);
        assertEquals("/v3.0/oa/message/cs", first.getUrl().encodedPath());
        assertEquals("POST", first.getMethod());
        assertEquals("tok-1", first.getHeaders().get("access_token"));
        assertTrue(first.getHeaders().get("Content-Type").contains("charset=utf-8"), first.getHeaders().get("Content-Type"));
        String raw = first.getBody().string(StandardCharsets.UTF_8);
        assertTrue(raw.contains("thường trú"), "Vietnamese travels as UTF-8, not escaped: " + raw);
        assertTrue(first.getBody().utf8().equals(new String(first.getBody().toByteArray(), StandardCharsets.UTF_8)));
        JsonNode body = ZaloFixture.body(first);
        assertEquals(USER, body.path("recipient").path("user_id").asText());
        assertTrue(body.path("recipient").path("user_id").isTextual(), "the user id stays a string");
        String last = ZaloFixture.body(sent.get(sent.size() - 1)).path("message").path("text").asText();
        assertTrue(last.contains(ZaloFixture.PUBLIC_URL + "/thu-tuc/1.004222"), last);
        for (RecordedRequest m : sent) {
            String t = ZaloFixture.body(m).path("message").path("text").asText();
            assertTrue(t.length() <= ZaloReplies.MAX_CHARS && !t.contains("**") && !t.contains("\n- "), t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mac=", "", "MAC="})
    void acceptsTheSignatureWithOrWithoutTheMacPrefix(String prefix) throws Exception {
        String body = event("user_send_text", "msg-p", "xin chào", now());

        HttpResponse<String> r = post(body, prefix + sign(body));

        assertEquals(200, r.statusCode());
        replies("msg-p");
    }

    @Test
    void rejectsABadSignatureWith401AndSendsNothing() throws Exception {
        String body = event("user_send_text", "msg-bad", "xin chào", now());
        String forged = sign(body.replace("xin chào", "xin chao"));

        HttpResponse<String> wrong = post(body, forged);
        HttpResponse<String> none = post(body, null);
        HttpResponse<String> appSecretInstead = post(body, sha256(APP_ID + body + JSON.readTree(body).path("timestamp").asText() + ZaloFixture.APP_SECRET));

        assertEquals(List.of(401, 401, 401), List.of(wrong.statusCode(), none.statusCode(), appSecretInstead.statusCode()));
        assertTrue(wrong.body().contains("\"error\""), wrong.body());
        assertEquals(Optional.empty(), zalo.store().event("msg-bad"), "a rejected delivery is not even claimed");
        assertEquals(0, zalo.openapi.getRequestCount());
    }

    @Test
    void rejectsAStaleTimestampWith401AndSendsNothing() throws Exception {
        String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(6)).toEpochMilli());
        String body = event("user_send_text", "msg-old", "xin chào", stale);

        HttpResponse<String> r = post(body, sign(body));

        assertEquals(401, r.statusCode());
        assertEquals(Optional.empty(), zalo.store().event("msg-old"));
        assertEquals(0, zalo.openapi.getRequestCount());
    }

    @Test
    void theSameMessageIdTwiceIncludingAcrossARestartIsAnsweredOnce() throws Exception {
        String ts = now();
        String body = event("user_send_text", "msg-dup", "đăng ký tạm trú ở đâu", ts);
        assertEquals(200, post(body, sign(body)).statusCode());
        int answered = replies("msg-dup").size();

        HttpResponse<String> again = post(body, sign(body));
        server.close();
        zalo.reopen();
        server = zalo.server(answers, zalo.settings());
        HttpResponse<String> afterRestart = post(body, sign(body));

        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("duplicate"), again.body());
        assertEquals(200, afterRestart.statusCode());
        assertTrue(afterRestart.body().contains("duplicate"), afterRestart.body());
        assertEquals(answered, zalo.openapi.getRequestCount(), "no second answer");
    }

    @Test
    void aFollowUpOnZaloResolvesAgainstThePreviousQuestion() throws Exception {
        deliver(text("msg-q1", "đăng ký thường trú cần giấy tờ gì"));
        replies("msg-q1");

        deliver(text("msg-q2", "thế lệ phí bao nhiêu?"));
        List<RecordedRequest> sent = replies("msg-q2");

        String last = ZaloFixture.body(sent.get(sent.size() - 1)).path("message").path("text").asText();
        assertTrue(last.contains("/thu-tuc/1.004222"), "the follow-up is about the same procedure: " + last);
        String all = String.join("\n", texts(sent));
        assertTrue(all.contains("phí"), all);
    }

    @Test
    void aFollowGetsTheWelcomeWithQuickReplies() throws Exception {
        ObjectNode follow = JSON.createObjectNode();
        follow.put("app_id", APP_ID).put("event_name", "follow").put("oa_id", "999").put("timestamp", now());
        follow.putObject("follower").put("id", USER);
        String body = JSON.writeValueAsString(follow);

        assertEquals(200, post(body, sign(body)).statusCode());
        JsonNode sent = ZaloFixture.body(ZaloFixture.take(zalo.openapi));

        JsonNode buttons = sent.path("message").path("attachment").path("payload").path("buttons");
        assertTrue(buttons.size() >= 3, sent.toString());
        assertEquals("oa.query.show", buttons.get(0).path("type").asText());
        assertEquals("Đăng ký khai sinh", buttons.get(0).path("payload").asText());
        assertTrue(sent.path("message").path("text").asText().startsWith("Xin chào"));
    }

    @Test
    void anImageGetsTheNoteThatOnlyTextIsHandled() throws Exception {
        String body = event("user_send_image", "msg-img", null, now());

        assertEquals(200, post(body, sign(body)).statusCode());
        List<RecordedRequest> sent = replies("msg-img");

        assertEquals(1, sent.size());
        assertTrue(ZaloFixture.body(sent.get(0)).path("message").path("text").asText().contains("chỉ đọc được tin nhắn chữ"));
    }

    @Test
    void gapCanBoOpensAHandoffTicketAndRepliesWithItsReference() throws Exception {
        deliver(text("msg-h", "Gặp cán bộ: tôi cần hỏi về hồ sơ đất đai"));
        List<RecordedRequest> sent = replies("msg-h");

        String reply = ZaloFixture.body(sent.get(0)).path("message").path("text").asText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("MC-[2-9A-Z]{5}").matcher(reply);
        assertTrue(m.find(), reply);
        var ticket = new vn.motcua.store.TicketStore(zalo.db, java.time.Clock.systemUTC()).find(m.group()).orElseThrow();
        assertEquals("zalo-" + USER, ticket.sessionId());
        assertEquals("tôi cần hỏi về hồ sơ đất đai", ticket.questionMasked());
    }

    @Test
    void anUnknownEventIsAcknowledgedAndIgnored() throws Exception {
        String body = event("user_reacted_message", "msg-react", null, now());

        HttpResponse<String> r = post(body, sign(body));

        assertEquals(200, r.statusCode());
        assertEquals(EventStatus.IGNORED, settled("msg-react").status());
        assertEquals(0, zalo.openapi.getRequestCount());
    }

    @Test
    void withoutConfigurationTheWebhookIsNotFound() throws Exception {
        server.close();
        server = zalo.server(answers, ZaloSettings.DISABLED);
        String body = text("msg-off", "xin chào");

        HttpResponse<String> r = post(body, sign(body));

        assertEquals(404, r.statusCode());
        assertEquals(Optional.empty(), zalo.store().event("msg-off"));
    }

    // --- helpers ---

    private String now() {
        return String.valueOf(System.currentTimeMillis());
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        return post(body, sign(body));
    }

    private String text(String msgId, String text) throws Exception {
        return event("user_send_text", msgId, text, now());
    }

    /** A webhook body shaped like Zalo's: the timestamp is a string of epoch milliseconds, ids are strings. */
    private static String event(String name, String msgId, String text, String ts) throws Exception {
        ObjectNode e = JSON.createObjectNode();
        e.put("app_id", APP_ID).put("user_id_by_app", "555").put("event_name", name).put("timestamp", ts);
        e.putObject("sender").put("id", USER);
        e.putObject("recipient").put("id", "999");
        ObjectNode m = e.putObject("message").put("msg_id", msgId);
        if (text != null) {
            m.put("text", text);
        }
        return JSON.writeValueAsString(e);
    }

    /** Signs as Zalo does, computed here independently of the code under test. */
    private static String sign(String body) throws Exception {
        return sha256(APP_ID + body + JSON.readTree(body).path("timestamp").asText() + OA_KEY);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.web().port() + "/zalo/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            b.header("X-ZEvent-Signature", signature);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits (10 s at most) until the event is no longer being processed. */
    private ZaloStore.Event settled(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ZaloStore.Event> e = zalo.store().event(key);
            if (e.isPresent() && e.get().status() != EventStatus.RECEIVED) {
                return e.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("event " + key + " not settled within 10 s: " + zalo.store().event(key));
    }

    /** The messages sent in reply to an event, once it is answered. */
    private List<RecordedRequest> replies(String key) throws Exception {
        ZaloStore.Event e = settled(key);
        assertEquals(EventStatus.REPLIED, e.status(), String.valueOf(e.detail()));
        int n = Integer.parseInt(e.detail().substring(0, e.detail().indexOf(' ')));
        List<RecordedRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ZaloFixture.take(zalo.openapi));
        }
        assertFalse(n == 0);
        return out;
    }

    private static List<String> texts(List<RecordedRequest> sent) throws Exception {
        List<String> out = new ArrayList<>();
        for (RecordedRequest r : sent) {
            out.add(ZaloFixture.body(r).path("message").path("text").asText());
        }
        return out;
    }
}
