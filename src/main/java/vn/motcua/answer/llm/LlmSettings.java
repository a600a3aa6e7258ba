package vn.motcua.answer.llm;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How to reach the local model: the provider ("ollama", or "openai" for any OpenAI-compatible
 * server such as vLLM or llama.cpp), one or more base URLs tried in order, the model name, an API
 * key where the server needs one, and the time budget of one answer (default 20 s).
 * {@link #toString()} never shows the key.
 */
public record LlmSettings(String provider, List<URI> baseUrls, String model, String apiKey, Duration timeout, double temperature) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final LlmSettings NONE = new LlmSettings("ollama", List.of(), null, null, DEFAULT_TIMEOUT, 0.1);

    public LlmSettings {
        requireNonNull(provider, "provider may not be null");
        if (!provider.equals("ollama") && !provider.equals("openai")) {
            throw new IllegalArgumentException("provider must be ollama or openai: " + provider);
        }
        baseUrls = List.copyOf(baseUrls);
        for (URI u : baseUrls) {
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException("model base URL must be http(s)://host[:port][/path]: " + u);
            }
        }
        requireNonNull(timeout, "timeout may not be null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("model timeout must be positive: " + timeout);
        }
        if (!baseUrls.isEmpty() && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("a model name is needed when a model base URL is set");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be between 0 and 2: " + temperature);
        }
    }

    /** True when a model is configured. */
    public boolean enabled() {
        return !baseUrls.isEmpty();
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrls=" + baseUrls + ", model=" + model
                + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "none" : "***") + ", timeout=" + timeout
                + ", temperature=" + temperature + "]";
    }
}
