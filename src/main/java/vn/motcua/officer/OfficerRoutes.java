package vn.motcua.officer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.motcua.chat.Handoff;
import vn.motcua.chat.HandoffService;
import vn.motcua.store.AnalyticsStore;

/**
 * The officer console's routes: the page and its script (no inline script, so the strict CSP
 * holds), the open-ticket queue and replies. Every API route carries {@link Role#OFFICER}, checked
 * by one guard. With no admin token configured nothing is registered and {@code /officer} is a 404.
 */
public final class OfficerRoutes implements Consumer<RoutesConfig> {

    /** The role an officer route requires. */
    enum Role implements RouteRole { OFFICER }

    static final String JSON = "application/json; charset=utf-8";
    private static final int QUEUE_LIMIT = 200;

    private static final int LIST_LIMIT = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final HandoffService handoffs;
    private final AnalyticsStore analytics;
    private final Clock clock;
    private final ObjectMapper json;
    private final OfficerSettings settings;
    private final byte[] page;
    private final byte[] script;

    public OfficerRoutes(HandoffService handoffs, AnalyticsStore analytics, Clock clock, ObjectMapper json, OfficerSettings settings) {
        this.handoffs = requireNonNull(handoffs, "handoffs may not be null");
        this.analytics = requireNonNull(analytics, "analytics may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
        this.page = resource("officer.html");
        this.script = resource("officer.js");
    }

    @Override
    public void accept(RoutesConfig routes) {
        if (!settings.isEnabled()) {
            return;
        }
        OfficerAuth auth = new OfficerAuth(settings.adminToken());
        routes.beforeMatched(ctx -> {
            if (ctx.routeRoles().contains(Role.OFFICER) && !auth.isOfficer(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new UnauthorizedResponse();
            }
        });
        routes.get("/officer", ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(page));
        routes.get("/officer/officer.js", ctx -> ctx.contentType("application/javascript; charset=utf-8").result(script));
        routes.get("/api/officer/tickets", this::queue, Role.OFFICER);
        routes.post("/api/officer/tickets/{reference}/reply", this::reply, Role.OFFICER);
        routes.get("/api/officer/analytics", this::analytics, Role.OFFICER);
        routes.get("/api/officer/export.csv", this::export, Role.OFFICER);
    }

    void queue(Context ctx) throws IOException {
        List<Map<String, Object>> rows = handoffs.queue(QUEUE_LIMIT).stream().map(OfficerRoutes::officerView).toList();
        ctx.contentType(JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(Map.of("tickets", rows)));
    }

    void reply(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (IOException e) {
            throw new BadRequestResponse();
        }
        JsonNode text = body == null ? null : body.get("reply");
        if (text == null || !text.isTextual()) {
            throw new BadRequestResponse();
        }
        Handoff h;
        try {
            h = handoffs.reply(ctx.pathParam("reference"), text.asText()).orElseThrow(NotFoundResponse::new);
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
