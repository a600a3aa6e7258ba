package vn.motcua.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.Messages;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.FeedbackRepository;
import vn.motcua.chat.HandoffService;

/**
 * The web server: one Javalin instance on one port serving the JSON and SSE API, the widget, the
 * kiosk and the procedure pages, with security headers, a CORS allow-list, a body limit and a
 * per-client rate limit in front. Other edges add their routes through {@code extraRoutes}.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    static final String JSON = "application/json; charset=utf-8";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final Javalin app;
    private final WebSettings settings;

    public WebServer(ChatService chat, AnswerService answers, FeedbackRepository feedback, HandoffService handoffs,
            PrometheusMeterRegistry metrics, WebSettings settings, ObjectMapper json, List<Consumer<RoutesConfig>> extraRoutes) {
        requireNonNull(chat, "chat may not be null");
        requireNonNull(handoffs, "handoffs may not be null");
        requireNonNull(answers, "answers may not be null");
        requireNonNull(feedback, "feedback may not be null");
        requireNonNull(metrics, "metrics may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
        json = requireNonNull(json, "json may not be null").copy()
                .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
        io.micrometer.core.instrument.FunctionCounter.builder("motcua.llm.fallbacks", answers, AnswerService::modelFallbacks)
                .description("answers where the model's text was replaced by the grounded answer").register(metrics);
        Messages messages = Messages.vietnamese();
        Errors errors = new Errors(messages, json);
        ChatRoutes chatRoutes = new ChatRoutes(chat, json, metrics, settings);
        ApiRoutes api = new ApiRoutes(answers, feedback, metrics, json, settings);
        TicketRoutes tickets = new TicketRoutes(handoffs, json, metrics, settings);
        StaticAssets assets = StaticAssets.bundled();
        ProcedurePages pages = new ProcedurePages(answers);
        RateLimiter limiter = new RateLimiter(settings.requestsPerMinute(), settings.burst());
        this.app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> headers(ctx, settings));
            config.routes.before("/api/*", ctx -> {
                int wait = limiter.acquire(ctx.ip(), System.nanoTime());
                if (wait > 0) {
                    metrics.counter("motcua.http.rate_limited").increment();
                    throw new ApiException(429, "too_many_requests", "web.error.too_many_requests", wait);
                }
            });
            config.routes.options("/api/*", ctx -> {
                if (ctx.res().getHeader("Access-Control-Allow-Origin") == null) {
                    throw new ApiException(403, "forbidden", "web.error.forbidden_origin");
                }
                ctx.status(204);
            });
            config.routes.post("/api/chat", chatRoutes::chat);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/procedures/{code}", api::procedure);
            config.routes.post("/api/feedback", api::feedback);
            config.routes.post("/api/tickets", tickets::open);
            config.routes.get("/api/tickets/{reference}", tickets::find);
            config.routes.get("/health", api::health);
            config.routes.get("/metrics", api::metrics);
            config.routes.get("/openapi.json", ctx -> assets.serve(ctx, "openapi.json"));
            config.routes.get("/", ctx -> assets.serve(ctx, "index.html"));
            config.routes.get("/widget.js", ctx -> assets.serve(ctx, "widget.js"));
            config.routes.get("/kiosk", ctx -> assets.serve(ctx, "kiosk.html"));
            config.routes.get("/thu-tuc/{code}", pages::page);
            config.routes.get("/thu-tuc/{code}/qr", pages::poster);
            extraRoutes.forEach(r -> r.accept(config.routes));
            config.routes.exception(ApiException.class, errors::api);
            config.routes.exception(HttpResponseException.class, errors::http);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::notFound);
            config.routes.error(405, errors::methodNotAllowed);
        });
    }

    /** Security headers on every response, and CORS headers for allowed origins on the API. */
    static void headers(Context ctx, WebSettings settings) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Content-Security-Policy", CSP);
        String origin = ctx.header("Origin");
        if (origin != null && ctx.path().startsWith("/api/") && isAllowed(origin, settings)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.header("Access-Control-Expose-Headers", "Retry-After");
        }
    }

    static boolean isAllowed(String origin, WebSettings settings) {
        return settings.allowedOrigins().contains("*") || settings.allowedOrigins().contains(origin);
    }

    /** Starts listening; returns this server. */
    public WebServer start() {
        app.start(settings.host(), settings.port());
        LOG.info("motcua web server listening on {}:{}", settings.host(), app.port());
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    /** Maps every failure to the one JSON error shape, with a Vietnamese message and no internals. */
    static final class Errors {
        private final Messages messages;
        private final ObjectMapper json;

        Errors(Messages messages, ObjectMapper json) {
            this.messages = messages;
            this.json = json;
        }

        void api(ApiException e, Context ctx) {
            if (e.retryAfterSeconds != null) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
            }
            write(ctx, e.status, e.code, e.messageKey);
        }

        void http(HttpResponseException e, Context ctx) {
            switch (e.getStatus()) {
                case 413 -> write(ctx, 413, "payload_too_large", "web.error.payload_too_large");
                case 401 -> write(ctx, 401, "unauthorized", "web.error.unauthorized");
                case 403 -> write(ctx, 403, "forbidden", "web.error.forbidden");
                case 429 -> write(ctx, 429, "too_many_requests", "web.error.too_many_requests");
                case 404 -> write(ctx, 404, "not_found", "web.error.not_found");
                case 405 -> write(ctx, 405, "method_not_allowed", "web.error.method_not_allowed");
                default -> write(ctx, e.getStatus() >= 500 ? 500 : 400, e.getStatus() >= 500 ? "internal" : "bad_request",
                        e.getStatus() >= 500 ? "web.error.internal" : "web.error.bad_request");
            }
        }

        void unexpected(Exception e, Context ctx) {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal", "web.error.internal");
        }

        void notFound(Context ctx) {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().startsWith("application/json")) {
                write(ctx, 404, "not_found", "web.error.not_found");
            }
        }

        void methodNotAllowed(Context ctx) {
            write(ctx, 405, "method_not_allowed", "web.error.method_not_allowed");
        }

        private void write(Context ctx, int status, String code, String key) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", messages.get(key));
            try {
                ctx.status(status).contentType(JSON).result(json.writeValueAsBytes(Map.of("error", error)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException("cannot serialise an error body", ex);
            }
        }
    }
}
