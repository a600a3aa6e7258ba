package vn.motcua.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.ProcedureSummary;
import vn.motcua.chat.Feedback;
import vn.motcua.chat.FeedbackRepository;

/** Search, procedure cards, feedback, health and metrics. */
final class ApiRoutes {

    private final AnswerService answers;
    private final FeedbackRepository feedback;
    private final PrometheusMeterRegistry metrics;
    private final ObjectMapper json;
    private final WebSettings settings;

    ApiRoutes(AnswerService answers, FeedbackRepository feedback, PrometheusMeterRegistry metrics, ObjectMapper json, WebSettings settings) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.feedback = requireNonNull(feedback, "feedback may not be null");
        this.metrics = requireNonNull(metrics, "metrics may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
    }

    void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        int k = 10;
        String kParam = ctx.queryParam("k");
        if (kParam != null) {
            try {
                k = Integer.parseInt(kParam.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "bad_request", "web.error.bad_k");
            }
            if (k < 1 || k > 100) {
                throw new ApiException(400, "bad_request", "web.error.bad_k");
            }
        }
        long start = System.nanoTime();
        List<ProcedureSummary> found = answers.search(q, k);
        double took = (System.nanoTime() - start) / 1e6;
        List<Map<String, Object>> rows = found.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", h.code());
            m.put("name", h.name());
            m.put("score", Math.round(h.score() * 1000) / 1000.0);
            m.put("level", String.join(", ", h.levels()));
            m.put("field", h.field());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", rows);
        body.put("took_ms", Math.round(took * 100) / 100.0);
        ctx.contentType(WebServer.JSON).result(json.writeValueAsBytes(body));
    }

    void procedure(Context ctx) throws IOException {
        String code = ctx.pathParam("code");
        var card = answers.card(code).orElseThrow(() -> new ApiException(404, "not_found", "web.error.procedure_not_found"));
        ctx.contentType(WebServer.JSON).result(json.writeValueAsBytes(card));
    }

    void feedback(Context ctx) throws IOException {
        JsonNode body = RequestBodies.object(ctx, json, settings.maxBodyBytes());
        String session = RequestBodies.text(body, "session_id", "web.error.bad_feedback");
        String message = RequestBodies.text(body, "message_id", "web.error.bad_feedback");
        String rating = RequestBodies.text(body, "rating", "web.error.bad_feedback");
        String reason = RequestBodies.text(body, "reason", "web.error.bad_feedback");
        String comment = RequestBodies.text(body, "comment", "web.error.bad_feedback");
        Feedback f;
        try {
            f = new Feedback(session, message, switch (rating == null ? "" : rating) {
                case "up" -> Feedback.Rating.UP;
                case "down" -> Feedback.Rating.DOWN;
                default -> throw new IllegalArgumentException("rating must be up or down");
            }, reason, comment, Instant.now());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(400, "bad_request", "web.error.bad_feedback");
        }
        feedback.save(f);
        metrics.counter("motcua.feedback", "rating", rating).increment();
        ctx.status(201).contentType(WebServer.JSON).result(json.writeValueAsBytes(Map.of("ok", true)));
    }

    void health(Context ctx) throws IOException {
        ctx.contentType(WebServer.JSON).result(json.writeValueAsBytes(Map.of("status", "UP", "ready", true)));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
