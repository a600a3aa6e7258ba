package vn.motcua.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerService;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.chat.InMemoryFeedback;
import vn.motcua.search.LiveIndex;
import vn.motcua.store.AuditStore;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;
import vn.motcua.web.WebServer;
import vn.motcua.web.WebSettings;

/** The officer routes on the real server: login, cookies, Bearer, roles, refusals, throttling; a fresh server per test. */
class OfficerRoutesTest {

    @TempDir
    Path dir;
    private Database db;
    private LiveIndex index;
    private WebServer server;
    private OfficerAccounts accounts;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        db = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        index = AnswerFixtures.index(dir.resolve("index"));
        accounts = OfficerFixtures.accounts(db);
        serve(OfficerFixtures.FAST);
    }

    /** (Re)starts the server with these officer settings. */
    private void serve(OfficerSettings settings) {
        if (server != null) {
            server.stop();
        }
        AnswerService answers = AnswerFixtures.grounded(index);
        server = new WebServer(new ChatService(answers, new InMemoryConversations(10)), answers, new InMemoryFeedback(10),
                new HandoffService(new TicketStore(db, java.time.Clock.systemUTC())), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new WebSettings("127.0.0.1", 0, List.of(), 64 * 1024, 1_000_000, 100_000), json,
                List.of(OfficerFixtures.routes(db, accounts, answers, index, settings))).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
        index.close();
        db.close();
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String login(String name, String token) {
        return "{\"name\":\"" + name + "\",\"token\":\"" + token + "\"}";
    }

    private static String cookie(HttpResponse<String> r) {
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieThatOpensTheOfficerApi() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);

        HttpResponse<String> r = post("/api/officer/login", login("lan", token));
        HttpResponse<String> me = get("/api/officer/me", "Cookie", cookie(r));

        assertEquals(200, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "Secure only when configured: " + setCookie);
        assertFalse(r.body().contains(cookie(r).split("=")[1]), "the session token is not in the body");
        assertEquals("{\"name\":\"lan\",\"role\":\"officer\"}", me.body());
    }

    @Test
    void theCookieIsSecureWhenConfigured() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);
        serve(new OfficerSettings(true, OfficerSettings.MIN_HASH_ITERATIONS, java.time.Duration.ofHours(1)));

        HttpResponse<String> r = post("/api/officer/login", login("lan", token));

        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.endsWith("; Secure") && setCookie.contains("Max-Age=3600"), setCookie);
    }

    @Test
    void aBearerSessionWorksAndLogoutEndsIt() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);
        JsonNode login = json.readTree(post("/api/officer/login", "{\"name\":\"lan\",\"token\":\"" + token + "\",\"session\":\"bearer\"}").body());
        String bearer = "Bearer " + login.get("access_token").asText();

        int before = get("/api/officer/me", "Authorization", bearer).statusCode();
        int logout = post("/api/officer/logout", "{}", "Authorization", bearer).statusCode();
        int after = get("/api/officer/me", "Authorization", bearer).statusCode();

        assertEquals(List.of(200, 204, 401), List.of(before, logout, after));
        assertEquals("Bearer", login.get("token_type").asText());
    }

    @Test
    void aTokenInTheQueryStringIsRefusedEvenWhenValid() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);
        String session = OfficerFixtures.session(accounts, "lan", token);

        HttpResponse<String> query = get("/api/officer/me?access_token=" + session);
        HttpResponse<String> both = get("/api/officer/me?token=" + session, "Authorization", "Bearer " + session);
        HttpResponse<String> page = get("/officer?token=" + session);

        assertEquals(400, query.statusCode());
        assertEquals(400, both.statusCode(), "a request that puts a token in its URL is refused outright");
        assertEquals(400, page.statusCode());
    }

    @Test
    void anOfficerIsNotAnAdmin() throws Exception {
        String session = OfficerFixtures.session(accounts, "lan", accounts.add("lan", false, OfficerAccounts.CLI));
        String admin = OfficerFixtures.session(accounts, "minh", accounts.add("minh", true, OfficerAccounts.CLI));

        HttpResponse<String> officerExport = get("/api/officer/export.csv?what=tickets", "Authorization", "Bearer " + session);
        HttpResponse<String> adminAudit = get("/api/officer/audit", "Authorization", "Bearer " + admin);

        assertEquals(403, officerExport.statusCode());
        assertTrue(officerExport.body().contains("\"forbidden\""), officerExport.body());
        assertEquals(200, adminAudit.statusCode());
        assertTrue(adminAudit.body().contains("\"account.add\""), adminAudit.body());
    }

    @Test
    void aPostThatIsNotJsonIsRefusedSoNoFormCanPostForAnOfficer() throws Exception {
        String session = OfficerFixtures.session(accounts, "lan", accounts.add("lan", false, OfficerAccounts.CLI));

        HttpResponse<String> form = post("/api/officer/chat", "message=x", "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", "Bearer " + session);

        assertEquals(400, form.statusCode());
    }

    @Test
    void aHundredRapidWrongTokensLockTheLoginEvenForTheRightToken() throws Exception {
        String token = accounts.add("lan", false, OfficerAccounts.CLI);
        List<Integer> statuses = new java.util.ArrayList<>();

        for (int i = 0; i < 100; i++) {
            statuses.add(post("/api/officer/login", login("lan", "wrong-" + i)).statusCode());
        }
        HttpResponse<String> right = post("/api/officer/login", login("lan", token));

        assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, LoginThrottle.FREE_ACCOUNT_FAILURES));
        assertTrue(statuses.subList(LoginThrottle.FREE_ACCOUNT_FAILURES + 1, 100).stream().allMatch(s -> s == 429), statuses.toString());
        assertEquals(429, right.statusCode(), right.body());
        assertTrue(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(right.headers().firstValue("Set-Cookie").isEmpty());
        long failedLogins = new AuditStore(db, java.time.Clock.systemUTC()).recent("login.failed", 1000).size();
        assertEquals(LoginThrottle.FREE_ACCOUNT_FAILURES + 1, failedLogins, "locked attempts are refused before any token is checked");
    }
}
