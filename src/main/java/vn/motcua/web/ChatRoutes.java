package vn.motcua.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.Candidate;
import vn.motcua.answer.ProcedureCard;
import vn.motcua.answer.Status;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.SessionId;

/**
 * {@code POST /api/chat}: one turn of a conversation, as one JSON answer or, with
 * {@code Accept: text/event-stream}, as Server-Sent Events: the procedure card at once, then the
 * text as it is produced, then the citations and a final event with the whole answer.
 */
final class ChatRoutes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChatRoutes.class);


    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChatService chat;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final WebSettings settings;

    ChatRoutes(ChatService chat, ObjectMapper json, MeterRegistry metrics, WebSettings settings) {
        this.chat = requireNonNull(chat, "chat may not be null");
        this.json = requireNonNull(json, "json may not be null");
        this.metrics = requireNonNull(metrics, "metrics may not be null");
        this.settings = requireNonNull(settings, "settings may not be null");
    }

    void chat(Context ctx) throws IOException {
        JsonNode body = RequestBodies.object(ctx, json, settings.maxBodyBytes());
        String message = RequestBodies.text(body, "message", "web.error.empty_message");
        if (message == null) {
            throw new ApiException(400, "bad_request", "web.error.empty_message");
        }
        String session = RequestBodies.text(body, "session_id", "web.error.bad_session");
        if (session == null || session.isBlank()) {
            session = SessionId.fresh(System.currentTimeMillis(), RANDOM);
        } else {
            try {
                SessionId.check(session);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_request", "web.error.bad_session");
            }
        }
        String messageId = "m-" + random();
        String accept = ctx.header("Accept");
        long start = System.nanoTime();
        if (accept != null && accept.contains("text/event-stream")) {
            stream(ctx, session, messageId, message);
        } else {
            CardCatcher catcher = new CardCatcher();
            Answer a = chat.ask(session, message, catcher);
            ctx.status(200).contentType(WebServer.JSON).result(json.writeValueAsBytes(view(a, session, messageId, catcher.card)));
            record(a, start);
        }
    }

    private void stream(Context ctx, String session, String messageId, String message) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        OutputStream out = res.getOutputStream();
        SseWriter sse = new SseWriter(out, json);
        sse.event("open", Map.of("session_id", session, "message_id", messageId));
        CardCatcher catcher = new CardCatcher() {
            @Override
            public void onProcedure(ProcedureCard card) {
                super.onProcedure(card);
                sse.event("card", card);
            }

            @Override
            public void onText(String chunk) {
                sse.event("text", Map.of("chunk", chunk));
            }

            @Override
            public void onReset() {
                sse.event("reset", Map.of());
            }
        };
        long start = System.nanoTime();
        try {
            Answer a = chat.ask(session, message, catcher);
            sse.event("citations", a.citations());
            sse.event("done", view(a, session, messageId, catcher.card));
            record(a, start);
        } catch (SseWriter.ClientGone e) {
            // The reader closed the page or lost the network: nothing to answer, nothing to report.
            metrics.counter("motcua.chat.client_gone").increment();
            LOG.debug("SSE client went away after {} ms: {}", (System.nanoTime() - start) / 1_000_000, e.getCause().toString());
        }
    }

    private void record(Answer a, long start) {
        metrics.counter("motcua.chat.requests", "status", a.status().key(), "composer", a.composer()).increment();
        metrics.timer("motcua.chat.latency").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** The answer JSON of {@code ask --json}, with the session, the message id, the card and numbered options. */
    Map<String, Object> view(Answer a, String session, String messageId, ProcedureCard card) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session_id", session);
        m.put("message_id", messageId);
        m.putAll(a.toJson());
        List<Map<String, Object>> options = new java.util.ArrayList<>();
        if (a.status() == Status.CLARIFY) {
            int i = 1;
            for (Candidate c : a.procedures()) {
                options.add(Map.of("number", i++, "code", c.code(), "name", c.name()));
            }
        }
        m.put("options", options);
        m.put("card", card);
        return m;
    }

    private static String random() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Keeps the card the pipeline announces; streams nothing. */
    private static class CardCatcher implements AnswerListener {
        ProcedureCard card;

        @Override
        public void onProcedure(ProcedureCard c) {
            this.card = c;
        }

        @Override
        public void onText(String chunk) {
            // The JSON answer carries the whole text.
        }

        @Override
        public void onReset() {
            // Nothing was streamed.
        }
    }

    /**
     * Writes Server-Sent Events, flushing each so the first appears at once. Once a write fails
     * the client is gone: that write and every later event throw {@link ClientGone}, which stops the
     * answer (and a model's generation) early.
     */
    static final class SseWriter {

        /** The client closed the stream. */
        static final class ClientGone extends RuntimeException {
            ClientGone(IOException cause) {
                super("client went away while streaming", cause, false, false);
            }
        }

        private final OutputStream out;
        private final ObjectMapper json;
        private IOException gone;

        SseWriter(OutputStream out, ObjectMapper json) {
            this.out = out;
            this.json = json;
        }

        synchronized void event(String name, Object data) {
            if (gone != null) {
                throw new ClientGone(gone);
            }
            String payload;
            try {
                payload = json.writeValueAsString(data);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialise the " + name + " event", e);
            }
            try {
                out.write(("event: " + name + "\ndata: " + payload + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                gone = e;
                throw new ClientGone(e);
            }
        }
    }
}
