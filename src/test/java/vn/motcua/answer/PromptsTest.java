package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptsTest {

    @Test
    void rendersEveryBundledPrompt() {
        Prompts p = Prompts.load(Path.of("prompts"));

        String answer = Prompts.render(p.answer(), Map.of("question", "Q", "intents", "fee", "code", "1.001193", "context", "CTX", "refusal", "R"));
        String refusal = Prompts.render(p.refusal(), Map.of("agency", "UBND cấp xã"));

        assertFalse(answer.contains("{{"));
        assertTrue(answer.contains("CTX") && answer.contains("1.001193"));
        assertTrue(refusal.contains("UBND cấp xã"));
        assertFalse(p.system().isBlank());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderFailsAtLoad() {
        assertThrows(IllegalArgumentException.class, () -> new Prompts("s", "{{question}} {{intents}} {{code}} {{context}} {{refusal}} {{oops}}", "{{agency}}"));
        assertThrows(IllegalArgumentException.class, () -> new Prompts("s", "{{question}}", "{{agency}}"));
    }
}
