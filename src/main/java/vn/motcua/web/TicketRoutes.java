package vn.motcua.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.chat.Handoff;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.HandoffService.InvalidHandoffException;

/** Hand-off tickets for citizens: open one ("Gặp cán bộ"), then read it back to see the officer's reply. */
final class TicketRoutes {

    private final HandoffService handoffs;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final WebSettings settings;

    TicketRoutes(HandoffService handoffs, ObjectMapper json, MeterRegistry metrics, WebSettings settings) {
        this.handoffs = requireNonNull(handoffs, "handoffs may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.metrics = requireNonNull(metrics, "metrics may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
    }

    void open(Context ctx) throws IOException {
        JsonNode body = RequestBodies.object(ctx, json, settings.maxBodyBytes());
        String session = RequestBodies.text(body, "session_id", "web.error.bad_session");
        String question = RequestBodies.text(body, "question", "web.error.bad_ticket_question");
        String contact = RequestBodies.text(body, "contact", "web.error.bad_ticket_contact");
        Handoff h;
        try {
            h = handoffs.open(session, question, contact);
        } catch (InvalidHandoffException e) {
            throw rejected(e);
        }
        metrics.counter("motcua.tickets.opened").increment();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", h.reference());
        out.put("status", h.state().key());
        ctx.status(201).contentType(WebServer.JSON).result(json.writeValueAsBytes(out));
    }

    void find(Context ctx) throws IOException {
        Handoff h = handoffs.find(ctx.pathParam("reference"))
                .orElseThrow(() -> new ApiException(404, "not_found", "web.error.ticket_not_found"));
        ctx.contentType(WebServer.JSON).header("Cache-Control", "no-store").result(json.writeValueAsBytes(citizenView(h)));
    }

    /** What the citizen sees: never the contact, which only officers need. */
    static Map<String, Object> citizenView(Handoff h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", h.reference());
        out.put("status", h.state().key());
        out.put("question", h.question());
        out.put("reply", h.reply());
        return out;
    }

    static ApiException rejected(InvalidHandoffException e) {
        return new ApiException(400, "bad_request", switch (e.field()) {
            case "session_id" -> "web.error.bad_session";
            case "question" -> "web.error.bad_ticket_question";
            case "contact" -> "web.error.bad_ticket_contact";
            case "reply" -> "web.error.bad_ticket_reply";
            default -> "web.error.bad_request";
        });
    }
}
