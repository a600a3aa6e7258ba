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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.motcua.chat.Handoff;
import vn.motcua.chat.HandoffService;

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

    private final HandoffService handoffs;
    private final ObjectMapper json;
    private final OfficerSettings settings;
    private final byte[] page;
    private final byte[] script;

    public OfficerRoutes(HandoffService handoffs, ObjectMapper json, OfficerSettings settings) {
        this.handoffs = requireNonNull(handoffs, "handoffs may not be null");
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
