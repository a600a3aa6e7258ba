package vn.motcua.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerService;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.Feedback;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.chat.InMemoryFeedback;
import vn.motcua.officer.OfficerAccounts;
import vn.motcua.officer.OfficerFixtures;
import vn.motcua.store.ConversationStore;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;

/**
 * The widget, the kiosk and the procedure pages as a citizen sees them: the real {@link WebServer}
 * on 127.0.0.1 over a real index of the sixteen fixture records, driven through headless Chromium.
 * A second tiny server on another port plays the commune portal that embeds the widget.
 * Screenshots land in {@code target/screenshots/}.
 */
class WidgetBrowserTest {

    private static final By LAUNCHER = By.cssSelector("[data-motcua='launcher']");
    private static final By INPUT = By.cssSelector("[data-motcua='input']");
    private static final By SEND = By.cssSelector("[data-motcua='send']");
    private static final By ANSWER = By.cssSelector("[data-motcua='answer']");
    private static final By QUESTION = By.cssSelector("[data-motcua='question']");
    private static final By TEXT = By.cssSelector("[data-motcua='text']");
    private static final By CARD = By.cssSelector("[data-motcua='card']");
    private static final By PAGE_CITATION = By.cssSelector("[data-motcua='citation'][data-kind='page']");
    private static final By OPTION = By.cssSelector("[data-motcua='option']");
    private static final By UP = By.cssSelector("[data-motcua='up']");
    private static final By THANKS = By.cssSelector("[data-motcua='thanks']");
    private static final String OFFICER_NAME = "lan.nguyen";
    /** The login token printed once when the account was made. */
    private static String loginToken;
    private static final By OFFICER = By.cssSelector("[data-motcua='officer']");
    private static final By STAFF = By.cssSelector("[data-motcua='staff']");
    private static final By TICKET_FORM = By.cssSelector("[data-motcua='ticket-form']");
    private static final By TICKET_QUESTION = By.cssSelector("[data-motcua='ticket-question']");
    private static final By TICKET_CONTACT = By.cssSelector("[data-motcua='ticket-contact']");
    private static final By TICKET_SEND = By.cssSelector("[data-motcua='ticket-send']");
    private static final By TICKET_REF = By.cssSelector("[data-motcua='ticket-ref']");
    private static final By TICKET_REPLY = By.cssSelector("[data-motcua='ticket-reply']");

    private static final String TAM_TRU = "1.004194";

    @TempDir
    static Path dir;

    private static InMemoryFeedback feedback;
    private static HttpServer portal;
    private static WebServer server;
    private static Database database;
    private static TicketStore tickets;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(dir.resolve("profile"));
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/", exchange -> {
            byte[] page = portalPage().getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        portal.start();
        // The fixture records and the shipped internal collection, so officer mode has guidance to find.
        Path kb = dir.resolve("kb");
        AnswerFixtures.copyTree(AnswerFixtures.knowledgeBase(), kb);
        AnswerFixtures.copyTree(Path.of("knowledge-base/internal"), kb.resolve("internal"));
        var index = AnswerFixtures.index(kb, dir.resolve("index"));
        AnswerService answers = AnswerFixtures.grounded(index);
        feedback = new InMemoryFeedback(100);
        WebSettings settings = new WebSettings("127.0.0.1", 0, List.of(portalOrigin()), 64 * 1024, 100_000, 10_000);
        database = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        tickets = new TicketStore(database, java.time.Clock.systemUTC());
        OfficerAccounts accounts = OfficerFixtures.accounts(database);
        server = new WebServer(new ChatService(answers, new InMemoryConversations(100)), answers, feedback, new HandoffService(tickets),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), settings, KnowledgeBaseJson.mapper(),
                List.of(OfficerFixtures.routes(database, accounts, answers, index))).start();
        loginToken = accounts.add(OFFICER_NAME, true, OfficerAccounts.CLI);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
        if (portal != null) {
            portal.stop(0);
        }
        if (database != null) {
            database.close();
        }
    }

    /** A commune portal on another origin that embeds the widget with one script tag. */
    private static String portalPage() {
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng thông tin xã Minh Khai</title></head>"
                + "<body><h1>Cổng thông tin điện tử xã Minh Khai</h1><p>Tin tức, thông báo của Ủy ban nhân dân xã.</p>"
                + "<script src=\"" + base + "/widget.js\" data-title=\"Trợ lý xã Minh Khai\" data-poll-seconds=\"1\"></script></body></html>";
    }

    private static String portalOrigin() {
        return "http://127.0.0.1:" + portal.getAddress().getPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"đăng ký tạm trú cần giấy tờ gì", "dang ky tam tru can giay to gi"})
    void answersWithTheCardAndACitationWithOrWithoutDiacritics(String question) {
        browser.open(base + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();

        WebElement answer = ask(widget, question);

        assertEquals("answered", answer.getDomAttribute("data-status"));
        assertEquals(TAM_TRU, answer.findElement(CARD).getDomAttribute("data-code"));
        assertTrue(answer.findElement(TEXT).getText().contains("tạm trú"), answer.findElement(TEXT).getText());
        WebElement citation = answer.findElement(PAGE_CITATION);
        assertEquals(base + "/thu-tuc/" + TAM_TRU, citation.getDomProperty("href"));
        browser.screenshot(question.equals("dang ky tam tru can giay to gi") ? "widget-answer-without-diacritics" : "widget-answer");
    }

    @Test
    void aClarifyOptionClickedBringsTheAnswerOnThatProcedure() {
        browser.open(base + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();
        WebElement clarify = ask(widget, "thẻ căn cước");
        assertEquals("clarify", clarify.getDomAttribute("data-status"));
        WebElement first = clarify.findElements(OPTION).get(0);
        String code = first.getDomAttribute("data-code");

        first.click();
        WebElement answer = awaitAnswer(widget, 2);

        assertEquals("answered", answer.getDomAttribute("data-status"));
        assertEquals(code, answer.findElement(CARD).getDomAttribute("data-code"));
        assertEquals("1", widget.findElements(QUESTION).get(1).getText());
        browser.screenshot("widget-clarify");
    }

    @Test
    void thumbsUpIsStoredAsFeedbackOnThatMessage() {
        browser.open(base + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();
        WebElement answer = ask(widget, "lệ phí đăng ký tạm trú");

        answer.findElement(UP).click();
        browser.await(d -> !answer.findElements(THANKS).isEmpty());

        String messageId = answer.getDomAttribute("data-message-id");
        Feedback stored = feedback.recent(100).stream().filter(f -> f.messageId().equals(messageId)).findFirst().orElseThrow();
        assertEquals(Feedback.Rating.UP, stored.rating());
        assertEquals(browser.driver().executeScript("return sessionStorage.getItem('motcua.session')"), stored.sessionId());
        browser.screenshot("widget-feedback");
    }

    @Test
    void aCitizenOpensATicketAndSeesTheOfficersReplyAfterAPoll() {
        browser.open(portalOrigin() + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();
        ask(widget, "lệ phí đăng ký tạm trú");
        widget.findElement(OFFICER).click();
        WebElement form = widget.findElement(TICKET_FORM);
        String prefilled = form.findElement(TICKET_QUESTION).getDomProperty("value");
        form.findElement(TICKET_CONTACT).sendKeys("0912 345 678");

        form.findElement(TICKET_SEND).sendKeys(Keys.ENTER);
        WebElement ref = browser.await(d -> widget.findElements(TICKET_REF).stream().findFirst().orElse(null));
        Matcher code = Pattern.compile("MC-[23456789A-HJ-NP-Z]{5}").matcher(ref.getText());
        assertTrue(code.find(), ref.getText());
        tickets.reply(code.group(), "Tạm trú được miễn lệ phí khi nộp trực tuyến.");
        WebElement reply = browser.await(d -> widget.findElements(TICKET_REPLY).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));

        assertEquals("lệ phí đăng ký tạm trú", prefilled);
        assertEquals("Mã yêu cầu: " + code.group() + "; cán bộ sẽ trả lời tại đây.", ref.getText());
        assertTrue(widget.findElements(TICKET_FORM).isEmpty(), "the form closes once the ticket is open");
        assertEquals("0912 345 678", tickets.find(code.group()).orElseThrow().contact());
        assertEquals("lệ phí đăng ký tạm trú", tickets.find(code.group()).orElseThrow().questionMasked());
        assertEquals("Cán bộ trả lời: Tạm trú được miễn lệ phí khi nộp trực tuyến.", reply.getText());
        browser.screenshot("widget-ticket-reply");
    }

    @Test
    void anOpenTicketIsStillWatchedAfterThePageReloads() {
        browser.open(portalOrigin() + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();
        widget.findElement(OFFICER).click();
        widget.findElement(TICKET_QUESTION).sendKeys("Hỏi về hồ sơ đã nộp hôm qua");
        widget.findElement(TICKET_SEND).click();
        String shown = browser.await(d -> widget.findElements(TICKET_REF).stream().findFirst().orElse(null)).getText();

        browser.driver().navigate().refresh();
        SearchContext reloaded = browser.widget();
        reloaded.findElement(LAUNCHER).click();
        WebElement ref = browser.await(d -> reloaded.findElements(TICKET_REF).stream().findFirst().orElse(null));
        Matcher code = Pattern.compile("MC-[23456789A-HJ-NP-Z]{5}").matcher(ref.getText());
        assertTrue(code.find(), ref.getText());
        tickets.reply(code.group(), "Hồ sơ đang được xử lý.");
        WebElement reply = browser.await(d -> reloaded.findElements(TICKET_REPLY).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));

        assertEquals(shown, ref.getText());
        assertEquals("Hỏi về hồ sơ đã nộp hôm qua", tickets.find(code.group()).orElseThrow().questionMasked());
        assertEquals("Cán bộ trả lời: Hồ sơ đang được xử lý.", reply.getText());
    }

    @Test
    void anOfficerLogsInToTheConsoleAndRepliesToATicket() {
        String reference = tickets.open("s-console", "Xin hỏi thủ tục đăng ký khai sinh cho con?", "0912345678").reference();
        openConsole();
        consoleLogin(loginToken);
        WebElement ticket = browser.await(d -> d.findElements(By.cssSelector("[data-officer='ticket'][data-reference='" + reference + "']"))
                .stream().findFirst().orElse(null));

        ticket.findElement(By.cssSelector("[data-officer='reply']")).sendKeys("Mời anh/chị mang giấy chứng sinh đến UBND xã.");
        ticket.findElement(By.cssSelector("[data-officer='send']")).click();
        browser.await(d -> "answered".equals(ticket.getDomAttribute("data-state")));

        assertTrue(ticket.getText().contains("Xin hỏi thủ tục đăng ký khai sinh cho con?"), ticket.getText());
        assertTrue(ticket.getText().contains("0912345678"), ticket.getText());
        assertEquals("Mời anh/chị mang giấy chứng sinh đến UBND xã.", tickets.find(reference).orElseThrow().reply());
        assertFalse(browser.hasAlert());
        browser.screenshot("officer-console");
    }

    @Test
    void theConsoleShowsTheUnansweredQuestionsAndAChartOfQuestionsPerDay() {
        java.time.Instant now = java.time.Instant.now();
        new ConversationStore(database, java.time.Clock.systemUTC()).saveTurn("s-stats", "{}", List.of(
                new ConversationStore.Message("user", "nuôi ong có phải đăng ký không", null, null, now),
                new ConversationStore.Message("assistant", "Chưa có thông tin.", "no_information", null, now)));
        openConsole();

        consoleLogin(loginToken);
        WebElement unanswered = browser.driver().findElement(By.cssSelector("[data-officer='unanswered']"));
        browser.await(d -> unanswered.getText().contains("nuôi ong có phải đăng ký không"));

        assertEquals(30, browser.driver().findElements(By.cssSelector("[data-officer='chart'] .bar")).size());
        assertTrue(browser.driver().findElement(By.cssSelector("[data-officer='answer-rate']")).getText().endsWith("%"));
        browser.screenshot("officer-analytics");
    }

    /** The console page with no session left over from another test. */
    private void openConsole() {
        browser.open(base + "/officer");
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/officer");
    }

    private void consoleLogin(String token) {
        browser.driver().findElement(By.cssSelector("[data-officer='name']")).sendKeys(OFFICER_NAME);
        browser.driver().findElement(By.cssSelector("[data-officer='token']")).sendKeys(token, Keys.ENTER);
    }

    @Test
    void theConsoleSaysSoWhenTheTokenIsWrong() {
        openConsole();

        consoleLogin("wrong-token-0123456789");
        WebElement status = browser.driver().findElement(By.cssSelector("[data-officer='login-status']"));
        browser.await(d -> status.getText().equals("Tên tài khoản hoặc mã đăng nhập không đúng."));

        assertTrue(browser.driver().findElements(By.cssSelector("[data-officer='ticket']")).isEmpty());
    }

    @Test
    void anOfficerLogsInFromTheWidgetWithTheKeyboardAndGetsInternalGuidanceUntilLoggingOut() {
        browser.open(base + "/");
        browser.driver().manage().deleteAllCookies();
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();
        widget.findElement(STAFF).click();
        widget.findElement(By.cssSelector("[data-motcua='staff-name']")).sendKeys(OFFICER_NAME);
        widget.findElement(By.cssSelector("[data-motcua='staff-token']")).sendKeys(loginToken, Keys.ENTER);
        browser.await(d -> widget.findElements(By.cssSelector("[data-motcua='staff-mode']")).size() == 1);

        WebElement officerAnswer = ask(widget, "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        widget.findElement(STAFF).click();
        browser.await(d -> widget.findElements(By.cssSelector("[data-motcua='staff-mode']")).size() == 2);
        WebElement citizenAnswer = ask(widget, "Phiếu xin lỗi và hẹn lại ngày trả kết quả");

        List<String> cited = officerAnswer.findElements(By.cssSelector("[data-motcua='internal-citation']")).stream()
                .map(e -> e.getDomAttribute("data-path")).toList();
        assertTrue(cited.contains("internal/ho-so-tre-han.md"), cited.toString());
        assertTrue(officerAnswer.findElement(TEXT).getText().contains("Hướng dẫn nội bộ"), officerAnswer.findElement(TEXT).getText());
        assertTrue(citizenAnswer.findElements(By.cssSelector("[data-motcua='internal-citation']")).isEmpty());
        assertFalse(citizenAnswer.findElement(TEXT).getText().contains("Hướng dẫn nội bộ"), citizenAnswer.findElement(TEXT).getText());
        assertEquals(1, new vn.motcua.store.AuditStore(database, java.time.Clock.systemUTC()).recent("officer.chat", 100).stream()
                .filter(e -> e.detail().equals("Phiếu xin lỗi và hẹn lại ngày trả kết quả")).count());
        assertFalse(browser.hasAlert());
        browser.screenshot("widget-officer-mode");
    }

    @Test
    void theOfficerLoginIsOfferedOnlyOnTheServicesOwnOrigin() {
        browser.open(portalOrigin() + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();

        assertFalse(widget.findElement(STAFF).isDisplayed());
    }

    @Test
    void theWidgetOnAnAllowedThirdPartyPageAnswersAcrossOrigins() {
        browser.open(portalOrigin() + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();

        WebElement answer = ask(widget, "đăng ký tạm trú cần giấy tờ gì");

        assertNotEquals(base, browser.driver().executeScript("return location.origin"));
        assertEquals(base, browser.driver().executeScript("return window.motcua.apiBase"));
        assertEquals("answered", answer.getDomAttribute("data-status"));
        assertEquals(TAM_TRU, answer.findElement(CARD).getDomAttribute("data-code"));
        browser.screenshot("widget-third-party");
    }

    @Test
    void theWidgetOnAPageFromAnOriginOffTheAllowListGetsNoAnswer() {
        browser.open("http://localhost:" + portal.getAddress().getPort() + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();

        WebElement answer = ask(widget, "đăng ký tạm trú cần giấy tờ gì");

        assertEquals("error", answer.getDomAttribute("data-status"));
        assertTrue(answer.findElements(CARD).isEmpty());
    }

    @Test
    void aQuestionWithAScriptTagIsShownAsTextAndNeverRun() {
        String question = "<script>alert(1)</script> khai sinh <img src=x onerror=alert(2)>";
        browser.open(base + "/");
        SearchContext widget = browser.widget();
        widget.findElement(LAUNCHER).click();

        WebElement answer = ask(widget, question);

        assertFalse(browser.hasAlert(), "a script in the question ran");
        assertEquals(question, widget.findElement(QUESTION).getText());
        assertEquals(0L, browser.driver().executeScript(
                "return document.querySelector('motcua-widget').shadowRoot.querySelectorAll('script, img[src=x]').length"));
        assertNotEquals("error", answer.getDomAttribute("data-status"));
        browser.screenshot("widget-script-as-text");
    }

    @Test
    void theKioskShowsFieldsAndOpensAProcedureCardInLargeType() {
        browser.open(base + "/kiosk");
        List<WebElement> fields = browser.driver().findElements(By.cssSelector("[data-kiosk='field']"));

        browser.driver().findElement(By.cssSelector("[data-kiosk='procedure'][data-code='" + TAM_TRU + "']")).click();
        WebElement answer = browser.await(d -> d.findElements(By.cssSelector("[data-kiosk='answer'][data-status='answered']"))
                .stream().findFirst().orElse(null));

        assertEquals(5, fields.size());
        WebElement card = answer.findElement(By.cssSelector("[data-kiosk='card']"));
        assertEquals(TAM_TRU, card.getDomAttribute("data-code"));
        assertEquals("Đăng ký tạm trú", card.findElement(By.cssSelector("h3")).getText());
        assertFalse(card.findElements(By.cssSelector("[data-kiosk='doc']")).isEmpty());
        browser.screenshot("kiosk-card");
        browser.driver().findElement(By.cssSelector("[data-kiosk='home']")).click();
        assertTrue(browser.driver().findElement(By.cssSelector("[data-kiosk='procedure']")).isDisplayed());
    }

    @Test
    void theQrPosterDrawsTheCodeWithVietnameseIntact() {
        browser.open(base + "/thu-tuc/" + TAM_TRU + "/qr");

        WebElement qr = browser.driver().findElement(By.cssSelector("main.poster svg"));

        assertEquals("UTF-8", browser.driver().executeScript("return document.characterSet"));
        assertTrue(qr.getSize().getWidth() > 100 && qr.getSize().getHeight() > 100, "QR size: " + qr.getSize());
        assertEquals("Đăng ký tạm trú", browser.driver().findElement(By.cssSelector("h1")).getText());
        assertEquals("Quét mã QR để hỏi trợ lý về thủ tục này", browser.driver().findElement(By.cssSelector("h2")).getText());
        assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains(base + "/?thu_tuc=" + TAM_TRU));
        browser.screenshot("qr-poster");
    }

    @Test
    void theQrTargetOpensTheAssistantOnThatProcedure() {
        browser.open(base + "/?thu_tuc=" + TAM_TRU);
        SearchContext widget = browser.widget();

        WebElement answer = awaitAnswer(widget, 1);

        assertEquals("thủ tục " + TAM_TRU, widget.findElement(QUESTION).getText());
        assertEquals(TAM_TRU, answer.findElement(CARD).getDomAttribute("data-code"));
        browser.screenshot("widget-from-qr");
    }

    /** Types a question, sends it and waits for its answer to finish streaming. */
    private static WebElement ask(SearchContext widget, String question) {
        int before = widget.findElements(ANSWER).size();
        widget.findElement(INPUT).sendKeys(question);
        widget.findElement(SEND).click();
        return awaitAnswer(widget, before + 1);
    }

    /** Waits for the {@code n}th answer to leave the pending state. */
    private static WebElement awaitAnswer(SearchContext widget, int n) {
        return browser.await(d -> {
            List<WebElement> answers = widget.findElements(ANSWER);
            if (answers.size() < n) {
                return null;
            }
            WebElement a = answers.get(n - 1);
            return "pending".equals(a.getDomAttribute("data-status")) ? null : a;
        });
    }
}
