package vn.motcua.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerService;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationStore;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.chat.InMemoryFeedback;
import vn.motcua.officer.OfficerAccounts;
import vn.motcua.officer.OfficerFixtures;
import vn.motcua.search.IndexBuilder;
import vn.motcua.search.IndexMaintainer;
import vn.motcua.search.LiveIndex;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;

/**
 * The real server on loopback over a real index of the fixture records, one of which has a name
 * holding a script tag: the API's answers, its 4xx errors, CORS, the rate limit, escaping, charsets.
 */
class WebServerTest {

    private static final String ALLOWED = "http://127.0.0.1:9";
    private static final String EVIL = "<script>alert(1)</script>";
    /** A session token of an admin account, sent as Bearer. */
    private static String TOKEN;

    @TempDir
    static Path dir;
    private static WebServer server;
    private static WebServer strict;
    private static InMemoryFeedback feedback;
    private static Database database;
    private static TicketStore tickets;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = KnowledgeBaseJson.mapper();

    @BeforeAll
    static void start() throws IOException {
        Path kb = dir.resolve("kb");
        AnswerFixtures.copyTree(AnswerFixtures.knowledgeBase(), kb);
        Path record = kb.resolve("procedures/1.003677.json");
        Files.writeString(record, Files.readString(record).replace("\"name\": \"Khai báo tạm vắng\"", "\"name\": \"Khai báo tạm vắng " + EVIL.replace("\"", "\\\"") + "\""));
        IndexMaintainer m = new IndexMaintainer(new IndexBuilder(dir.resolve("index"), json), kb, new ProcedureStore(kb, json), new RegulationStore(kb, json));
        LiveIndex index = new LiveIndex(m.ensureCurrent(false, Progress.NONE).generation());
        AnswerService answers = AnswerFixtures.grounded(index);
        feedback = new InMemoryFeedback(100);
        database = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        tickets = new TicketStore(database, java.time.Clock.systemUTC());
        OfficerAccounts accounts = OfficerFixtures.accounts(database);
        server = new WebServer(new ChatService(answers, new InMemoryConversations(100)), answers, feedback, new HandoffService(tickets),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new WebSettings("127.0.0.1", 0, List.of(ALLOWED), 64 * 1024, 100_000, 10_000),
                json, List.of(OfficerFixtures.routes(database, accounts, answers, index))).start();
        TOKEN = OfficerFixtures.session(accounts, "admin1", accounts.add("admin1", true, OfficerAccounts.CLI));
        strict = new WebServer(new ChatService(answers, new InMemoryConversations(100)), answers, new InMemoryFeedback(10), new HandoffService(tickets),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new WebSettings("127.0.0.1", 0, List.of(), 64 * 1024, 60, 2),
                json, List.of()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        strict.stop();
        database.close();
    }


    private static HttpResponse<String> post(WebServer s, String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> chat(String body, String... headers) throws Exception {
        return post(server, "/api/chat", "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static HttpResponse<String> get(WebServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = json.readTree(r.body()).get("error");
        assertEquals(code, error.get("code").asText());
        assertTrue(error.get("message").asText().matches(".*[àáảãạăâđêôơườợủứ].*"), "a Vietnamese message: " + error);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
    }

    @Test
    void answersWithTheCardCitationsAndASessionThatFollowUpsUse() throws Exception {
        JsonNode first = json.readTree(chat("{\"message\": \"đăng ký thường trú cần giấy tờ gì\"}").body());

        JsonNode next = json.readTree(chat("{\"session_id\": \"" + first.get("session_id").asText() + "\", \"message\": \"thế lệ phí bao nhiêu?\"}").body());

        assertEquals("answered", first.get("status").asText());
        assertEquals("1.004222", first.get("card").get("code").asText());
        assertFalse(first.get("citations").isEmpty());
        assertTrue(first.get("message_id").asText().startsWith("m-"));
        assertEquals("1.004222", next.get("procedures").get(0).get("code").asText());
        assertTrue(next.get("answer").asText().startsWith("Lệ phí"));
    }

    @Test
    void streamsTheCardFirstThenTextThenCitationsThenDone() throws Exception {
        HttpResponse<String> r = chat("{\"message\": \"dang ky tam tru can gi\"}", "Accept", "text/event-stream");

        List<String> events = new ArrayList<>();
        for (String line : r.body().split("\n")) {
            if (line.startsWith("event: ")) {
                events.add(line.substring(7));
            }
        }
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals(List.of("open", "card"), events.subList(0, 2));
        assertTrue(events.contains("text"));
        assertEquals(List.of("citations", "done"), events.subList(events.size() - 2, events.size()));
    }

    @Test
    void badInputGets4xxWithTheOneErrorShape() throws Exception {
        assertError(chat("{not json"), 400, "bad_request");
        assertError(chat("[1, 2]"), 400, "bad_request");
        assertError(chat("{\"message\": 42}"), 400, "bad_request");
        assertError(chat("{}"), 400, "bad_request");
        assertError(chat("{\"session_id\": \"../../etc\", \"message\": \"x\"}"), 400, "bad_request");
        assertError(post(server, "/api/chat", "text/plain", "{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        assertError(post(server, "/api/chat", null, "{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        byte[] big = ("{\"message\": \"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(post(server, "/api/chat", "application/json", big), 413, "payload_too_large");
        byte[] badUtf8 = {'{', '"', 'm', 'e', 's', 's', 'a', 'g', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertError(post(server, "/api/chat", "application/json", badUtf8), 400, "bad_request");
        assertError(get(server, "/api/search?q=khai+sinh&k=abc"), 400, "bad_request");
        assertError(get(server, "/api/procedures/9.999999"), 404, "not_found");
        assertError(get(server, "/no/such/page"), 404, "not_found");
    }

    @Test
    void searchesAndShowsCards() throws Exception {
        JsonNode found = json.readTree(get(server, "/api/search?q=dang+ky+ket+hon&k=3").body());
        JsonNode card = json.readTree(get(server, "/api/procedures/1.000894").body());

        assertEquals("1.000894", found.get("results").get(0).get("code").asText());
        assertTrue(found.get("results").size() <= 3);
        assertEquals("1.000894", card.get("code").asText());
        assertEquals("/thu-tuc/1.000894", card.get("page").asText());
    }

    @Test
    void recordsFeedbackAndRefusesABadRating() throws Exception {
        HttpResponse<String> ok = post(server, "/api/feedback", "application/json",
                "{\"session_id\": \"s-1\", \"message_id\": \"m-1\", \"rating\": \"up\", \"comment\": \"rõ ràng, gọi tôi 0912 345 678\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bad = post(server, "/api/feedback", "application/json",
                "{\"session_id\": \"s-1\", \"message_id\": \"m-1\", \"rating\": \"meh\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(201, ok.statusCode());
        assertTrue(feedback.recent(10).stream().anyMatch(f -> f.messageId().equals("m-1") && "rõ ràng, gọi tôi [phone]".equals(f.comment())));
        assertError(bad, 400, "bad_request");
    }

    @Test
    void corsAllowsOnlyListedOrigins() throws Exception {
        HttpResponse<String> allowed = get(server, "/api/search?q=khai+sinh", "Origin", ALLOWED);
        HttpResponse<String> other = get(server, "/api/search?q=khai+sinh", "Origin", "http://evil.example");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/chat"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(ALLOWED, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(204, preflight.statusCode());
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/chat"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void tooManyRequestsGet429WithRetryAfter() throws Exception {
        int last = 0;
        HttpResponse<String> r = null;
        for (int i = 0; i < 5 && last != 429; i++) {
            r = get(strict, "/api/search?q=khai+sinh");
            last = r.statusCode();
        }

        assertError(r, 429, "too_many_requests");
        assertNotNull(r.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void escapesRecordTextInPagesAndSendsUtf8() throws Exception {
        HttpResponse<String> page = get(server, "/thu-tuc/1.003677");
        HttpResponse<String> poster = get(server, "/thu-tuc/1.003677/qr");

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertFalse(page.body().contains(EVIL));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.body().contains("Khai báo tạm vắng"));
        assertTrue(poster.body().contains("<svg") && poster.body().contains("?thu_tuc=1.003677"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void healthMetricsAndTheApiDescriptionAreServed() throws Exception {
        chat("{\"message\": \"đăng ký kết hôn cần gì\"}");

        assertTrue(get(server, "/health").body().contains("\"ready\":true"));
        assertTrue(get(server, "/metrics").body().contains("motcua_chat_requests_total"));
        assertEquals("3.1.0", json.readTree(get(server, "/openapi.json").body()).get("openapi").asText());
    }

    @Test
    void opensATicketWithTheQuestionMaskedAndReadsItBack() throws Exception {
        String body = "{\"session_id\": \"s-ticket1\", \"question\": \"Tôi cần hỏi về hồ sơ, số điện thoại 0912 345 678\", \"contact\": \"0912345678\"}";

        HttpResponse<String> opened = post(server, "/api/tickets", "application/json", body.getBytes(StandardCharsets.UTF_8));
        String reference = json.readTree(opened.body()).get("reference").asText();
        HttpResponse<String> read = get(server, "/api/tickets/" + reference);

        assertEquals(201, opened.statusCode(), opened.body());
        assertTrue(reference.matches("MC-[23456789A-HJ-NP-Z]{5}"), reference);
        assertEquals("open", json.readTree(opened.body()).get("status").asText());
        assertEquals(200, read.statusCode(), read.body());
        JsonNode ticket = json.readTree(read.body());
        assertEquals(reference, ticket.get("reference").asText());
        assertEquals("open", ticket.get("status").asText());
        assertTrue(ticket.get("reply").isNull());
        assertFalse(read.body().contains("0912"), read.body());
        assertTrue(ticket.get("question").asText().contains("[phone]"), read.body());
        assertEquals("0912345678", tickets.find(reference).orElseThrow().contact());
    }

    @Test
    void showsTheOfficersReplyOnTheTicket() throws Exception {
        String body = "{\"session_id\": \"s-ticket2\", \"question\": \"Lệ phí đăng ký kết hôn là bao nhiêu?\"}";
        String reference = json.readTree(post(server, "/api/tickets", "application/json", body.getBytes(StandardCharsets.UTF_8)).body())
                .get("reference").asText();

        tickets.reply(reference, "Đăng ký kết hôn được miễn lệ phí.");
        JsonNode ticket = json.readTree(get(server, "/api/tickets/" + reference).body());

        assertEquals("answered", ticket.get("status").asText());
        assertEquals("Đăng ký kết hôn được miễn lệ phí.", ticket.get("reply").asText());
    }

    @Test
    void rejectsATicketWithoutAQuestion() throws Exception {
        HttpResponse<String> r = post(server, "/api/tickets", "application/json", "{\"session_id\": \"s-1\", \"question\": \"  \"}".getBytes(StandardCharsets.UTF_8));

        assertError(r, 400, "bad_request");
        assertTrue(r.body().contains("câu hỏi"), r.body());
    }

    @Test
    void rejectsATicketWithAnOverlongQuestion() throws Exception {
        String question = "a".repeat(HandoffService.MAX_QUESTION + 1);

        HttpResponse<String> r = post(server, "/api/tickets", "application/json",
                ("{\"session_id\": \"s-1\", \"question\": \"" + question + "\"}").getBytes(StandardCharsets.UTF_8));

        assertError(r, 400, "bad_request");
    }

    @Test
    void rejectsATicketWhoseContactIsNeitherPhoneNorEmail() throws Exception {
        HttpResponse<String> r = post(server, "/api/tickets", "application/json",
                ("{\"session_id\": \"s-1\", \"question\": \"Hỏi\", \"contact\": \"" + EVIL + "\"}").getBytes(StandardCharsets.UTF_8));

        assertError(r, 400, "bad_request");
        assertTrue(r.body().contains("liên hệ"), r.body());
        assertFalse(r.body().contains(EVIL));
    }

    @Test
    void rejectsATicketWithABadSessionId() throws Exception {
        HttpResponse<String> r = post(server, "/api/tickets", "application/json",
                "{\"session_id\": \"a b\", \"question\": \"Hỏi\"}".getBytes(StandardCharsets.UTF_8));

        assertError(r, 400, "bad_request");
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedReference() throws Exception {
        assertError(get(server, "/api/tickets/MC-22222"), 404, "not_found");
        assertError(get(server, "/api/tickets/x%27%20OR%201=1"), 404, "not_found");
    }

    private static String openTicket(String session, String question) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("session_id", session, "question", question, "contact", "ten@example.com"));
        return json.readTree(post(server, "/api/tickets", "application/json", body.getBytes(StandardCharsets.UTF_8)).body()).get("reference").asText();
    }

    @Test
    void theOfficerApiRefusesAMissingOrWrongToken() throws Exception {
        HttpResponse<String> missing = get(server, "/api/officer/tickets");
        HttpResponse<String> wrong = get(server, "/api/officer/tickets", "Authorization", "Bearer " + TOKEN + "x");
        HttpResponse<String> reply = post(server, "/api/officer/tickets/MC-22222/reply", "application/json",
                "{\"reply\": \"x\"}".getBytes(StandardCharsets.UTF_8), "Authorization", "Basic " + TOKEN);

        assertError(missing, 401, "unauthorized");
        assertError(wrong, 401, "unauthorized");
        assertError(reply, 401, "unauthorized");
        assertEquals("Bearer", missing.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void anOfficerSeesTheQueueAndRepliesAndTheCitizenSeesTheReply() throws Exception {
        String reference = openTicket("s-officer1", "Cấp lại giấy khai sinh bị mất cần gì?");

        JsonNode queue = json.readTree(get(server, "/api/officer/tickets", "Authorization", "Bearer " + TOKEN).body());
        HttpResponse<String> replied = post(server, "/api/officer/tickets/" + reference + "/reply", "application/json",
                "{\"reply\": \"Mời anh/chị mang CCCD đến UBND xã.\"}".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN);
        JsonNode citizen = json.readTree(get(server, "/api/tickets/" + reference).body());
        JsonNode after = json.readTree(get(server, "/api/officer/tickets", "Authorization", "Bearer " + TOKEN).body());

        JsonNode row = null;
        for (JsonNode t : queue.get("tickets")) {
            if (t.get("reference").asText().equals(reference)) {
                row = t;
            }
        }
        assertNotNull(row, queue.toString());
        assertEquals("ten@example.com", row.get("contact").asText());
        assertEquals("Cấp lại giấy khai sinh bị mất cần gì?", row.get("question").asText());
        assertEquals(200, replied.statusCode(), replied.body());
        assertEquals("answered", citizen.get("status").asText());
        assertEquals("Mời anh/chị mang CCCD đến UBND xã.", citizen.get("reply").asText());
        assertFalse(after.toString().contains(reference), "an answered ticket leaves the queue");
    }

    @Test
    void anOfficerReplyToAnUnknownTicketIsNotFoundAndAnEmptyOneIsRefused() throws Exception {
        String reference = openTicket("s-officer2", "Hỏi về lệ phí");

        HttpResponse<String> unknown = post(server, "/api/officer/tickets/MC-22222/reply", "application/json",
                "{\"reply\": \"Trả lời\"}".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN);
        HttpResponse<String> empty = post(server, "/api/officer/tickets/" + reference + "/reply", "application/json",
                "{\"reply\": \"   \"}".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN);

        assertError(unknown, 404, "not_found");
        assertError(empty, 400, "bad_request");
        assertEquals("open", json.readTree(get(server, "/api/tickets/" + reference).body()).get("status").asText());
    }

    @Test
    void theConsolePageIsUtf8AndLoadsItsScriptFromAFile() throws Exception {
        HttpResponse<String> page = get(server, "/officer");
        HttpResponse<String> script = get(server, "/officer/officer.js");

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertTrue(page.body().contains("<script src=\"/officer/officer.js\"></script>"));
        assertEquals(1, page.body().split("<script").length - 1, "one script tag, no inline script");
        assertTrue(page.body().contains("Yêu cầu gặp cán bộ"));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/api/officer/tickets"));
    }

    @Test
    void officerAnalyticsListUnansweredQuestionsAndCountThemPerDay() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        new vn.motcua.store.ConversationStore(database, java.time.Clock.systemUTC()).saveTurn("s-analytics", "{}", List.of(
                new vn.motcua.store.ConversationStore.Message("user", "nuôi ong có cần đăng ký không", null, null, now),
                new vn.motcua.store.ConversationStore.Message("assistant", "Chưa có thông tin.", "no_information", null, now)));

        HttpResponse<String> r = get(server, "/api/officer/analytics", "Authorization", "Bearer " + TOKEN);
        HttpResponse<String> anonymous = get(server, "/api/officer/analytics");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertTrue(body.get("unanswered").toString().contains("nuôi ong có cần đăng ký không"), r.body());
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), body.get("questions_per_day").get(0).get("day").asText());
        assertTrue(body.get("questions_per_day").get(0).get("questions").asLong() >= 1);
        assertTrue(body.get("statuses").get("no_information").asLong() >= 1);
        assertError(anonymous, 401, "unauthorized");
    }

    @Test
    void officerExportsTicketsAsCsvWithoutContactsOrFormulas() throws Exception {
        String reference = openTicket("s-export", "=HYPERLINK(\"http://x\") cần hỏi \"lệ phí\"");

        HttpResponse<String> csv = get(server, "/api/officer/export.csv?what=tickets", "Authorization", "Bearer " + TOKEN);
        HttpResponse<String> bad = get(server, "/api/officer/export.csv?what=secrets", "Authorization", "Bearer " + TOKEN);

        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertTrue(csv.body().startsWith("\uFEFF\"reference\",\"status\""), csv.body());
        assertTrue(csv.body().contains("\"" + reference + "\",\"open\""), csv.body());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://x\"\") cần hỏi \"\"lệ phí\"\"\""), csv.body());
        assertFalse(csv.body().contains("ten@example.com"));
        assertError(bad, 400, "bad_request");
    }
}
