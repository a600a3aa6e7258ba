package vn.motcua.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.AnswerSettings;
import vn.motcua.answer.Prompts;
import vn.motcua.answer.llm.LangchainModel;
import vn.motcua.answer.llm.LlmSettings;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.HandoffService;
import vn.motcua.chat.InMemoryConversations;
import vn.motcua.chat.InMemoryFeedback;
import vn.motcua.search.LiveIndex;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;

/**
 * A reader who closes the page while a slow model (a fake Ollama on loopback that streams its
 * NDJSON answer a few bytes at a time) is still answering: the server stops that answer quietly,
 * counts it, and goes on serving.
 */
class SseDisconnectTest {

    @StartStop
    final MockWebServer ollama = new MockWebServer();

    @TempDir
    Path dir;

    private WebServer server;
    private Database database;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ObjectMapper json = KnowledgeBaseJson.mapper();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private void start() {
        LiveIndex index = AnswerFixtures.index(dir.resolve("index"));
        LlmSettings llm = new LlmSettings("ollama", List.of(ollama.url("/").uri()), "qwen2.5:7b", null, Duration.ofSeconds(30), 0.1);
        AnswerService answers = AnswerService.withModels(AnswerFixtures.procedures(index), AnswerFixtures.regulations(index), AnswerSettings.DEFAULTS,
                LangchainModel.endpoints(llm), Prompts.load(Path.of("prompts")), Duration.ofSeconds(30));
        database = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        server = new WebServer(new ChatService(answers, new InMemoryConversations(10)), answers, new InMemoryFeedback(10),
                new HandoffService(new TicketStore(database, java.time.Clock.systemUTC())), metrics,
                new WebSettings("127.0.0.1", 0, List.of(), 64 * 1024, 100_000, 10_000), json, List.of()).start();
    }

    /** Ollama's streaming /api/chat: the sentences as NDJSON lines, then the closing line. */
    private static String ndjson(String... sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            b.append("{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\"").append(s).append("\"},\"done\":false}\n");
        }
        return b.append("{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n").toString();
    }

    @Test
    void aReaderWhoLeavesMidStreamIsCountedNotReportedAsAFailure() throws Exception {
        String sentence = "Lệ phí cấp lại thẻ căn cước là 70.000 đồng. ";
        ollama.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/x-ndjson")
                .body(ndjson(sentence, sentence, sentence, sentence, sentence, sentence))
                .throttleBody(64, 100, TimeUnit.MILLISECONDS).build());
        start();
        String body = "{\"message\":\"làm lại căn cước bị mất hết bao nhiêu tiền\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean card = false;
            while (!card && (line = in.readLine()) != null) {
                card = line.equals("event: card");
            }
            assertTrue(card, "the card came before the model's text");
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (metrics.counter("motcua.chat.client_gone").count() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1.0, metrics.counter("motcua.chat.client_gone").count(), "the abandoned stream is counted once");
        HttpResponse<String> prometheus = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, prometheus.statusCode(), "the server goes on serving");
        assertTrue(prometheus.body().contains("motcua_chat_client_gone_total 1.0"), prometheus.body());
        assertTrue(prometheus.body().contains("motcua_llm_fallbacks_total 0.0"), "an abandoned answer is no fallback");
    }
}
