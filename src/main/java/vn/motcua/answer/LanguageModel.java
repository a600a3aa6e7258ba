package vn.motcua.answer;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One chat endpoint of a local model (an Ollama server, or an OpenAI-compatible one such as vLLM
 * or llama.cpp). Implemented in {@code answer/llm}, the only package that knows the client library.
 */
public interface LanguageModel {

    /**
     * Streams a completion of a system and a user message, token by token, and returns the whole
     * text. Throws {@link LanguageModelException} when the endpoint fails or exceeds {@code timeout}.
     */
    String complete(String system, String user, Consumer<String> onToken, Duration timeout);

    /** "ollama qwen2.5:7b at http://gpu1:11434", for logs and reports; never holds a secret. */
    String describe();
}
