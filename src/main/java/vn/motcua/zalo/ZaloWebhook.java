package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.answer.Messages;
import vn.motcua.store.ZaloStore;

/**
 * {@code POST /zalo/webhook}: checks the signature over the raw body and the timestamp window
 * (401 and nothing else otherwise), claims the event in the store (a delivery seen before is
 * acknowledged and dropped), queues it on a bounded executor and answers at once. A full queue
 * gives the claim back and answers 503, so Zalo delivers again later. With the channel not
 * configured nothing is registered and the path is a 404.
 */
public final class ZaloWebhook implements Consumer<RoutesConfig>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloWebhook.class);

    static final String PATH = "/zalo/webhook";
    static final String SIGNATURE_HEADER = "X-ZEvent-Signature";
    static final int WORKERS = 4;
    static final int QUEUE = 1000;
    private static final String JSON = "application/json; charset=utf-8";
    /** Timestamps below this are seconds, not milliseconds (10^11 ms is 1973). */
    private static final long SECONDS_BELOW = 100_000_000_000L;

    private final ZaloSettings settings;
    private final ZaloStore store;
    private final ZaloResponder responder;
    private final ObjectMapper json;
    private final Clock clock;
    private final Messages messages = Messages.vietnamese();
    private final ThreadPoolExecutor workers;

    public ZaloWebhook(ZaloSettings settings, ZaloStore store, ZaloResponder responder, ObjectMapper json, Clock clock) {
        this.settings = requireNonNull(settings, "settings may not be null");
        this.store = requireNonNull(store, "store may not be null");
        this.responder = requireNonNull(responder, "responder may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.clock = requireNonNull(clock, "clock may not be null");
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "zalo-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void accept(RoutesConfig routes) {
        if (!settings.isEnabled()) {
            return;
        }
        ZaloSignature signature = new ZaloSignature(settings.oaSecretKey());
        routes.post(PATH, ctx -> receive(ctx, signature));
    }

    private void receive(Context ctx, ZaloSignature signature) throws IOException {
        byte[] raw = ctx.bodyAsBytes();
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            body = null;
        }
        String timestamp = body == null ? null : ZaloEvent.text(body.path("timestamp"));
        if (body == null || !body.isObject()
                || !signature.isValid(ctx.header(SIGNATURE_HEADER), ZaloEvent.text(body.path("app_id")), raw, timestamp)) {
            LOG.warn("Zalo webhook rejected: missing or bad signature");
            throw new UnauthorizedResponse();
        }
        Instant at = instant(timestamp);
        if (at == null || Duration.between(at, clock.instant()).abs().compareTo(settings.timestampWindow()) > 0) {
            LOG.warn("Zalo webhook rejected: timestamp outside the {} window", settings.timestampWindow());
            throw new UnauthorizedResponse();
        }
        ZaloEvent event = ZaloEvent.of(body, timestamp, at);
        if (!store.claim(event.key(), event.userId() == null ? "" : event.userId(), event.name())) {
            LOG.info("Zalo event {} ({}) delivered again; already taken on", event.key(), event.name());
            reply(ctx, 200, "duplicate");
            return;
        }
        try {
            workers.execute(() -> responder.handle(event));
        } catch (RejectedExecutionException e) {
            store.release(event.key());
            LOG.warn("Zalo event {} refused: the queue of {} is full; Zalo will deliver it again", event.key(), QUEUE);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", "busy");
            error.put("message", messages.get("zalo.error.busy"));
            ctx.status(503).header("Retry-After", "5").contentType(JSON).result(json.writeValueAsBytes(Map.of("error", error)));
            return;
        }
        reply(ctx, 200, "accepted");
    }

    private void reply(Context ctx, int status, String what) throws IOException {
        ctx.status(status).contentType(JSON).result(json.writeValueAsBytes(Map.of("status", what)));
    }

    private static Instant instant(String timestamp) {
        try {
            long t = Long.parseLong(timestamp.strip());
            return t < SECONDS_BELOW ? Instant.ofEpochSecond(t) : Instant.ofEpochMilli(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Stops taking events and waits briefly for those under way. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Zalo workers still busy after 10 s; {} queued events stay claimed and unanswered", workers.getQueue().size());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }
}
