package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.answer.Answer;
import vn.motcua.answer.OfficerAnswers;
import vn.motcua.answer.PersonalData;
import vn.motcua.chat.ConversationRepository;
import vn.motcua.chat.SessionId;
import vn.motcua.chat.Handoff;
import vn.motcua.chat.HandoffService;
import vn.motcua.store.AnalyticsStore;

/**
 * The officer routes: login and logout, the console page and its script (no inline script, so the
 * strict CSP holds), officers' questions over internal guidance, the ticket queue, analytics, and
 * for admins exports and the audit log. One guard identifies the caller from the session cookie or
 * {@code Authorization: Bearer} and checks the route's {@link Role}; a token in the query string
 * is refused, never read. Posts must be JSON, which with the SameSite=Strict cookie keeps other
 * sites from posting on an officer's behalf.
 */
public final class OfficerRoutes implements Consumer<RoutesConfig> {

    /** The role a route requires. */
    enum Role implements RouteRole { OFFICER, ADMIN }

    static final String JSON = "application/json; charset=utf-8";
    static final String COOKIE = "motcua_officer";
    /** Query parameters that look like credentials; a request carrying one is refused. */
    static final List<String> CREDENTIAL_PARAMETERS = List.of("token", "access_token", "session", "session_token", "auth", "authorization",
            "bearer", "key", "api_key");
    private static final String IDENTITY = "motcua.officer";
    private static final int QUEUE_LIMIT = 200;
    private static final int MAX_QUESTION_CHARS = 4_000;

    private static final int LIST_LIMIT = 50;
    private static final int EXPORT_LIMIT = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HandoffService handoffs;
    private final AnalyticsStore analytics;
    private final OfficerAccounts accounts;
    private final OfficerChat chat;
    private final Clock clock;
    private final ObjectMapper json;
    private final OfficerSettings settings;
    private final LoginThrottle throttle = new LoginThrottle(System::nanoTime);
    private final PersonalData personalData = new PersonalData();
    private final byte[] page;
    private final byte[] script;

    public OfficerRoutes(HandoffService handoffs, AnalyticsStore analytics, OfficerAccounts accounts, OfficerAnswers answers,
            ConversationRepository conversations, Clock clock, ObjectMapper json, OfficerSettings settings) {
        this.handoffs = requireNonNull(handoffs, "handoffs may not be null");
        this.analytics = requireNonNull(analytics, "analytics may not be null");
        this.accounts = requireNonNull(accounts, "accounts may not be null");
        this.chat = new OfficerChat(answers, conversations);
        this.clock = requireNonNull(clock, "clock may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
        this.page = resource("officer.html");
        this.script = resource("officer.js");
    }

    @Override
    public void accept(RoutesConfig routes) {
        routes.before("/api/officer/*", OfficerRoutes::refuseQueryCredentials);
        routes.before("/officer", OfficerRoutes::refuseQueryCredentials);
        routes.beforeMatched(this::guard);
        routes.get("/officer", ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(page));
        routes.get("/officer/officer.js", ctx -> ctx.contentType("application/javascript; charset=utf-8").result(script));
        routes.post("/api/officer/login", this::login);
        routes.post("/api/officer/logout", this::logout, Role.OFFICER);
        routes.get("/api/officer/me", this::me, Role.OFFICER);
        routes.post("/api/officer/chat", this::chat, Role.OFFICER);
        routes.get("/api/officer/tickets", this::queue, Role.OFFICER);
        routes.post("/api/officer/tickets/{reference}/reply", this::reply, Role.OFFICER);
        routes.get("/api/officer/analytics", this::analytics, Role.OFFICER);
        routes.get("/api/officer/export.csv", this::export, Role.ADMIN);
        routes.get("/api/officer/audit", this::audit, Role.ADMIN);
    }

    static void refuseQueryCredentials(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (CREDENTIAL_PARAMETERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new BadRequestResponse();
            }
        }
    }

    private void guard(Context ctx) {
        boolean admin = ctx.routeRoles().contains(Role.ADMIN);
        if (!admin && !ctx.routeRoles().contains(Role.OFFICER)) {
            return;
        }
        if (ctx.method() == HandlerType.POST) {
            requireJson(ctx);
        }
        Officer officer = sessionToken(ctx).flatMap(accounts::session).orElse(null);
        if (officer == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse();
        }
        if (admin && !officer.isAdmin()) {
            throw new ForbiddenResponse();
        }
        ctx.attribute(IDENTITY, officer);
    }

    /** The session token of a request: the Bearer header when present, else the cookie. */
    private static Optional<String> sessionToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.of(authorization.substring(7).strip()) : Optional.empty();
        }
        return Optional.ofNullable(ctx.cookie(COOKIE));
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new BadRequestResponse();
        }
    }

    private static Officer officer(Context ctx) {
        return requireNonNull(ctx.attribute(IDENTITY), "the guard sets the officer");
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode body = json.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new BadRequestResponse();
            }
            return body;
        } catch (IOException e) {
            throw new BadRequestResponse();
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequestResponse();
        }
        return v.asText();
    }

    /** {@code POST /api/officer/login {name, token, session?}}: a session cookie, or with {@code "session":"bearer"} a Bearer token in the body. */
    void login(Context ctx) throws IOException {
        requireJson(ctx);
        JsonNode body = body(ctx);
        String name = text(body, "name");
        String token = text(body, "token");
        String mode = text(body, "session");
        if (name == null || token == null || name.length() > 64 || token.length() > 200 || mode != null && !mode.equals("cookie") && !mode.equals("bearer")) {
            throw new BadRequestResponse();
        }
        String client = ctx.ip();
        long wait = throttle.retryAfterSeconds(name, client);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new TooManyRequestsResponse();
        }
        Optional<OfficerAccounts.Login> login = accounts.login(name, token);
        if (login.isEmpty()) {
            throttle.failed(name, client);
            throw new UnauthorizedResponse();
        }
        throttle.succeeded(name, client);
        Officer o = login.get().officer();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", o.name());
        out.put("role", o.role().key());
        long seconds = settings.sessionLifetime().toSeconds();
        if ("bearer".equals(mode)) {
            out.put("access_token", login.get().sessionToken());
            out.put("token_type", "Bearer");
            out.put("expires_in", seconds);
        } else {
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + login.get().sessionToken() + "; Path=/; Max-Age=" + seconds + "; HttpOnly; SameSite=Strict"
                    + (settings.secureCookie() ? "; Secure" : ""));
        }
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(out));
    }

    void logout(Context ctx) {
        sessionToken(ctx).ifPresent(t -> accounts.logout(officer(ctx), t));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (settings.secureCookie() ? "; Secure" : ""));
        ctx.status(204);
    }

    void me(Context ctx) throws IOException {
        Officer o = officer(ctx);
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(Map.of("name", o.name(), "role", o.role().key())));
    }

    /** {@code POST /api/officer/chat {session_id?, message}}: the answer JSON of {@code /api/chat}, with internal citations. */
    void chat(Context ctx) throws IOException {
        Officer o = officer(ctx);
        JsonNode body = body(ctx);
        String message = text(body, "message");
        String session = text(body, "session_id");
        if (message == null || message.isBlank() || message.length() > MAX_QUESTION_CHARS) {
            throw new BadRequestResponse();
        }
        if (session == null || session.isBlank()) {
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            session = "o-" + java.util.HexFormat.of().formatHex(b);
        } else {
            try {
                SessionId.check(session);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse();
            }
        }
        accounts.audit(o, "officer.chat", personalData.mask(message).text());
        Answer a = chat.ask(o, session, message);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", session);
        out.putAll(a.toJson());
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(out));
    }

    /** {@code GET /api/officer/audit?action=…}: the newest audit rows, for admins. */
    void audit(Context ctx) throws IOException {
        List<Map<String, Object>> rows = accounts.auditLog(ctx.queryParam("action"), LIST_LIMIT * 4).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            m.put("account", e.account());
            m.put("action", e.action());
            m.put("detail", e.detail());
            return m;
        }).toList();
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(Map.of("entries", rows)));
    }

    void queue(Context ctx) throws IOException {
        List<Map<String, Object>> rows = handoffs.queue(QUEUE_LIMIT).stream().map(OfficerRoutes::officerView).toList();
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(Map.of("tickets", rows)));
    }

    void reply(Context ctx) throws IOException {
        String text = text(body(ctx), "reply");
        if (text == null) {
            throw new BadRequestResponse();
        }
        accounts.audit(officer(ctx), "ticket.reply", ctx.pathParam("reference"));
        Handoff h;
        try {
            h = handoffs.reply(ctx.pathParam("reference"), text).orElseThrow(NotFoundResponse::new);
        } catch (HandoffService.InvalidHandoffException e) {
            throw new BadRequestResponse();
        }
        ctx.contentType(JSON).result(json.writeValueAsBytes(officerView(h)));
    }

    /** The knowledge base's to-do list: questions per day over 30 days, top procedures, answer rate, unanswered and down-rated questions. */
    void analytics(Context ctx) throws IOException {
        Instant since = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(29, ChronoUnit.DAYS);
        Map<String, Long> statuses = analytics.statuses(since);
        Map<String, Long> ratings = analytics.ratings(since);
        long replies = statuses.values().stream().mapToLong(Long::longValue).sum();
        long rated = ratings.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("since", since.toString());
        out.put("questions_per_day", analytics.questionsPerDay(since).stream()
                .map(d -> Map.of("day", d.day().toString(), "questions", d.questions())).toList());
        out.put("top_procedures", analytics.topProcedures(since, 10).stream()
                .map(p -> Map.of("code", p.code(), "answers", p.answers())).toList());
        out.put("statuses", statuses);
        out.put("answer_rate", replies == 0 ? null : ratio(statuses.getOrDefault("answered", 0L), replies));
        out.put("ratings", ratings);
        out.put("up_ratio", rated == 0 ? null : ratio(ratings.getOrDefault("up", 0L), rated));
        out.put("unanswered", analytics.questions("no_information", LIST_LIMIT).stream()
                .map(q -> Map.of("at", q.at().toString(), "question", q.questionMasked())).toList());
        out.put("down_rated", analytics.ratings("down", LIST_LIMIT).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", d.at().toString());
            m.put("reason", d.reason());
            m.put("comment", d.comment());
            m.put("question", d.questionMasked());
            return m;
        }).toList());
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(out));
    }

    private static double ratio(long part, long whole) {
        return Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** CSV of questions (masked), feedback or tickets (without the contact, which stays in the console). */
    void export(Context ctx) {
        String what = ctx.queryParam("what");
        CsvWriter csv = new CsvWriter();
        accounts.audit(officer(ctx), "export", what);
        switch (what == null ? "" : what) {
            case "questions" -> {
                csv.row(List.of("at", "question", "status", "procedure"));
                analytics.questions(null, EXPORT_LIMIT).forEach(q -> csv.row(Arrays.asList(q.at(), q.questionMasked(), q.status(), q.procedureCode())));
            }
            case "feedback" -> {
                csv.row(List.of("at", "rating", "reason", "comment", "question"));
                analytics.ratings(null, EXPORT_LIMIT).forEach(d -> csv.row(Arrays.asList(d.at(), d.rating(), d.reason(), d.comment(), d.questionMasked())));
            }
            case "tickets" -> {
                csv.row(List.of("reference", "status", "created_at", "question", "reply"));
                handoffs.recent(EXPORT_LIMIT).forEach(h -> csv.row(Arrays.asList(h.reference(), h.state().key(), h.createdAt(), h.question(), h.reply())));
            }
            default -> throw new BadRequestResponse();
        }
        ctx.contentType("text/csv; charset=utf-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"motcua-" + what + ".csv\"").result(csv.toString());
    }

    static Map<String, Object> officerView(Handoff h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", h.reference());
        m.put("status", h.state().key());
        m.put("question", h.question());
        m.put("contact", h.contact());
        m.put("reply", h.reply());
        m.put("created_at", h.createdAt().toString());
        return m;
    }

    private static byte[] resource(String name) {
        try (InputStream in = OfficerRoutes.class.getResourceAsStream("/officer/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource officer/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled officer/" + name, e);
        }
    }
}
