package vn.motcua.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerFixtures;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.AnswerSettings;
import vn.motcua.answer.DialogueState;
import vn.motcua.answer.Prompts;
import vn.motcua.answer.Status;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.RegulationSearcher;

/**
 * The LLM path against fake Ollama servers on loopback that speak /api/chat with streaming
 * (NDJSON): a right answer, an invented fee, a server that hangs, and a dead first server.
 */
class OllamaAnswerTest {

    private static final String QUESTION = "làm lại căn cước bị mất hết bao nhiêu tiền";

    @StartStop
    final MockWebServer ollama = new MockWebServer();

    @StartStop
    final MockWebServer spare = new MockWebServer();

    @TempDir
    static Path dir;
    private static ProcedureSearcher procedures;
    private static RegulationSearcher regulations;

    @BeforeAll
    static void open() {
        LiveIndex index = AnswerFixtures.index(dir);
        procedures = AnswerFixtures.procedures(index);
        regulations = AnswerFixtures.regulations(index);
    }

    /** Ollama's streaming /api/chat body: one JSON object per line, the last with "done": true. */
    private static MockResponse streamed(String... tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            b.append("{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-11-22T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":")
                    .append(quote(t)).append("},\"done\":false}\n");
        }
        b.append("{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-11-22T10:00:01Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":1000,\"prompt_eval_count\":300,\"eval_count\":40}\n");
        return new MockResponse.Builder().addHeader("Content-Type", "application/x-ndjson").body(b.toString()).build();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private AnswerService service(Duration timeout, MockWebServer... servers) {
        List<URI> urls = new ArrayList<>();
        for (MockWebServer s : servers) {
            urls.add(s.url("/").uri());
        }
        LlmSettings settings = new LlmSettings("ollama", urls, "qwen2.5:7b", null, timeout, 0.1);
        return AnswerService.withModels(procedures, regulations, AnswerSettings.DEFAULTS, LangchainModel.endpoints(settings),
                Prompts.load(Path.of("prompts")), timeout);
    }

    /** Records what a channel would have streamed. */
    private static final class Recorder implements AnswerListener {
        final List<String> chunks = new ArrayList<>();
        int resets;

        @Override
        public void onText(String chunk) {
            chunks.add(chunk);
        }

        @Override
        public void onReset() {
            resets++;
            chunks.clear();
        }
    }

    @Test
    void aRightAnswerIsStreamedSentenceBySentenceAndCited() throws Exception {
        ollama.enqueue(streamed("Lệ phí cấp lại ", "thẻ căn cước là 70.000 đồng. ", "Thời hạn giải quyết là 7 ", "ngày làm việc."));
        Recorder r = new Recorder();
        AnswerService service = service(Duration.ofSeconds(10), ollama);

        Answer a = service.ask(QUESTION, DialogueState.EMPTY, r);

        assertEquals(0, service.modelFallbacks());
        assertEquals(Status.ANSWERED, a.status());
        assertEquals("llm", a.composer());
        assertTrue(a.text().startsWith("Lệ phí cấp lại thẻ căn cước là 70.000 đồng. Thời hạn giải quyết là 7 ngày làm việc."), a.text());
        assertTrue(r.chunks.size() >= 3, r.chunks.toString());
        assertFalse(a.citations().isEmpty());
        RecordedRequest req = ollama.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/api/chat", req.getUrl().encodedPath());
        String body = req.getBody().utf8();
        assertTrue(body.contains("\"stream\":true") || body.contains("\"stream\" : true"), body);
        assertTrue(body.contains("70,000 Việt Nam Đồng"), "the record's fee is in the context");
    }

    @Test
    void anInventedFeeIsCaughtAndTheGroundedAnswerSent() {
        ollama.enqueue(streamed("Thời hạn là 7 ngày làm việc. ", "Lệ phí là 50.000 đồng."));
        Recorder r = new Recorder();
        AnswerService service = service(Duration.ofSeconds(10), ollama);

        Answer a = service.ask(QUESTION, DialogueState.EMPTY, r);

        assertEquals(1, service.modelFallbacks(), "the fallback is counted");
        assertEquals("grounded", a.composer());
        assertFalse(a.text().contains("50.000 đồng."), a.text());
        assertTrue(a.text().startsWith("Lệ phí: 70,000 Việt Nam Đồng"), a.text());
        assertEquals(1, r.resets, "the streamed sentence is taken back");
        assertEquals(List.of(a.text()), r.chunks);
    }

    @Test
    void aServerThatHangsFallsBackToTheGroundedAnswerWithinTheTimeout() {
        ollama.enqueue(new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).body("{}").build());
        long start = System.nanoTime();

        Answer a = service(Duration.ofMillis(800), ollama).ask(QUESTION, DialogueState.EMPTY, AnswerListener.NONE);

        assertEquals("grounded", a.composer());
        assertEquals(Status.ANSWERED, a.status());
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "returned long before the server would have answered");
    }

    @Test
    void aFailingFirstServerMovesToTheNext() throws Exception {
        ollama.enqueue(new MockResponse.Builder().code(500).body("{\"error\":\"model runner crashed\"}").build());
        spare.enqueue(streamed("Lệ phí là 70.000 đồng, ", "nộp khi làm hồ sơ."));

        Answer a = service(Duration.ofSeconds(10), ollama, spare).ask(QUESTION, DialogueState.EMPTY, AnswerListener.NONE);

        assertEquals("llm", a.composer());
        assertEquals(1, ollama.getRequestCount());
        assertEquals(1, spare.getRequestCount());
        assertTrue(a.text().startsWith("Lệ phí là 70.000 đồng"), a.text());
    }

    @Test
    void theNoticesOfTheQuestionLeadTheModelsTextAndAreNeverSentToIt() throws Exception {
        // A lost ID card after an accident: answered, with the emergency numbers first, then the ID warning.
        ollama.enqueue(streamed("Lệ phí cấp lại ", "thẻ căn cước là 70.000 đồng."));
        Recorder r = new Recorder();
        String q = "hôm qua em bị tai nạn xe máy, lúc đi cấp cứu làm rơi mất thẻ căn cước số 001203004455, làm lại hết bao nhiêu tiền";

        Answer a = service(Duration.ofSeconds(10), ollama).ask(q, DialogueState.EMPTY, r);

        assertEquals("llm", a.composer());
        String[] lines = a.text().split("\n");
        assertTrue(lines[0].contains("113") && lines[0].contains("115"), a.text());
        assertTrue(lines[1].contains("căn cước"), "the personal-data warning: " + a.text());
        assertTrue(lines[2].startsWith("Lệ phí cấp lại thẻ căn cước là 70.000 đồng."), a.text());
        assertEquals(a.text(), String.join("", r.chunks), "the channel streamed the same text");
        String body = ollama.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertFalse(body.contains("113"), "the notices are not part of the prompt");
        assertFalse(body.contains("001203004455"), "the ID number is masked");
    }

    @Test
    void refusalsNeverReachTheModel() {
        Answer a = service(Duration.ofSeconds(10), ollama).ask("cứu với nhà em đang cháy", DialogueState.EMPTY, AnswerListener.NONE);

        assertEquals(Status.EMERGENCY, a.status());
        assertEquals(0, ollama.getRequestCount());
    }
}
