package vn.motcua.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.answer.LanguageModel;
import vn.motcua.answer.LanguageModelException;
import vn.motcua.answer.RecordedModel;
import vn.motcua.catalog.KnowledgeBaseJson;

/** Recording calls against a fake Ollama server, then re-scoring offline from the recording alone. */
class RecordedModelTest {

    @StartStop
    final MockWebServer ollama = new MockWebServer();

    @TempDir
    Path cache;

    private LanguageModel live() {
        LlmSettings s = new LlmSettings("ollama", List.of(URI.create(ollama.url("/").toString())), "qwen2.5:7b", null, Duration.ofSeconds(5), 0.1);
        return LangchainModel.endpoints(s).get(0);
    }

    @Test
    void aRecordedCallIsReplayedTokenForTokenWithoutTheServer() {
        ollama.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/x-ndjson").body(
                "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-11-22T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\"Lệ phí \"},\"done\":false}\n"
                + "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-11-22T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\"là 70.000 đồng.\"},\"done\":false}\n"
                + "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-11-22T10:00:01Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n").build());
        RecordedModel recording = new RecordedModel(live(), "ollama qwen2.5:7b@sha256:abc", "temperature=0.1", cache, KnowledgeBaseJson.mapper());
        List<String> live = new ArrayList<>();
        String first = recording.complete("system", "user", live::add, Duration.ofSeconds(5));

        RecordedModel offline = new RecordedModel(null, "ollama qwen2.5:7b@sha256:abc", "temperature=0.1", cache, KnowledgeBaseJson.mapper());
        List<String> replayed = new ArrayList<>();
        String again = offline.complete("system", "user", replayed::add, Duration.ofSeconds(5));

        assertEquals("Lệ phí là 70.000 đồng.", first);
        assertEquals(first, again);
        assertEquals(live, replayed);
        assertEquals(1, ollama.getRequestCount());
    }

    @Test
    void offlineACallNeverRecordedFailsSoTheGroundedAnswerIsUsed() throws Exception {
        RecordedModel offline = new RecordedModel(null, "ollama qwen2.5:7b@sha256:abc", "temperature=0.1", cache, KnowledgeBaseJson.mapper());

        LanguageModelException e = assertThrows(LanguageModelException.class, () -> offline.complete("system", "other", t -> { }, Duration.ofSeconds(1)));

        assertTrue(e.getMessage().contains("not in the cache"));
        try (var files = Files.list(cache)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anotherModelDigestIsAnotherCall() {
        LanguageModel fixed = new LanguageModel() {
            @Override
            public String complete(String system, String user, java.util.function.Consumer<String> onToken, Duration timeout) {
                onToken.accept("Lệ phí là 70.000 đồng.");
                return "Lệ phí là 70.000 đồng.";
            }

            @Override
            public String describe() {
                return "fixed";
            }
        };
        new RecordedModel(fixed, "ollama m@sha256:1", "t", cache, KnowledgeBaseJson.mapper()).complete("s", "u", t -> { }, Duration.ofSeconds(1));

        RecordedModel sameModel = new RecordedModel(null, "ollama m@sha256:1", "t", cache, KnowledgeBaseJson.mapper());
        RecordedModel newDigest = new RecordedModel(null, "ollama m@sha256:2", "t", cache, KnowledgeBaseJson.mapper());

        assertEquals("Lệ phí là 70.000 đồng.", sameModel.complete("s", "u", t -> { }, Duration.ofSeconds(1)));
        assertThrows(LanguageModelException.class, () -> newDigest.complete("s", "u", t -> { }, Duration.ofSeconds(1)));
    }
}
