package vn.motcua.answer.llm;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import vn.motcua.answer.LanguageModel;
import vn.motcua.answer.LanguageModelException;

/**
 * A {@link LanguageModel} over a langchain4j streaming chat model: Ollama's {@code /api/chat} or
 * an OpenAI-compatible {@code /chat/completions}. One instance per base URL, so the answerer can
 * move to the next server when one fails.
 */
public final class LangchainModel implements LanguageModel {

    private final StreamingChatModel model;
    private final String description;

    LangchainModel(StreamingChatModel model, String description) {
        this.model = requireNonNull(model, "model may not be null");
        this.description = requireNonNull(description, "description may not be null");
    }

    /** One endpoint per configured base URL, in order; empty when no model is configured. */
    public static List<LanguageModel> endpoints(LlmSettings s) {
        List<LanguageModel> out = new ArrayList<>();
        for (URI url : s.baseUrls()) {
            out.add(endpoint(s, url));
        }
        return out;
    }

    static LanguageModel endpoint(LlmSettings s, URI url) {
        String base = url.toString().replaceAll("/+$", "");
        StreamingChatModel m = switch (s.provider()) {
            case "ollama" -> OllamaStreamingChatModel.builder()
                    .baseUrl(base)
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .timeout(s.timeout())
                    .build();
            case "openai" -> OpenAiStreamingChatModel.builder()
                    .baseUrl(base)
                    .apiKey(s.apiKey() == null || s.apiKey().isBlank() ? "none" : s.apiKey())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .timeout(s.timeout())
                    .build();
            default -> throw new IllegalArgumentException("unknown provider " + s.provider());
        };
        return new LangchainModel(m, s.provider() + " " + s.model() + " at " + base);
    }

    /**
     * The model's identity as the server reports it: "ollama qwen2.5:7b@sha256:…" (the digest from
     * Ollama's /api/tags on the first reachable server); without a digest when none can be read.
     */
    public static String identity(LlmSettings s) {
        String name = s.provider() + " " + s.model();
        if (!s.provider().equals("ollama")) {
            return name;
        }
        for (URI url : s.baseUrls()) {
            try {
                var models = dev.langchain4j.model.ollama.OllamaModels.builder().baseUrl(url.toString().replaceAll("/+$", ""))
                        .timeout(Duration.ofSeconds(5)).maxRetries(0).build().availableModels().content();
                for (var m : models) {
                    if (s.model().equals(m.getName()) || s.model().equals(m.getModel())) {
                        return name + "@" + m.getDigest();
                    }
                }
            } catch (RuntimeException e) {
                // Unreachable server: try the next one; the identity then lacks a digest.
                org.slf4j.LoggerFactory.getLogger(LangchainModel.class).warn("cannot read the model digest from {}: {}", url, e.getMessage());
            }
        }
        return name;
    }

    @Override
    public String complete(String system, String user, Consumer<String> onToken, Duration timeout) {
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        try {
            model.chat(List.of(SystemMessage.from(system), UserMessage.from(user)), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    if (!done.isDone()) {
                        synchronized (text) {
                            text.append(token);
                        }
                        onToken.accept(token);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    String full = response.aiMessage() == null ? null : response.aiMessage().text();
                    synchronized (text) {
                        done.complete(full != null && !full.isBlank() ? full : text.toString());
                    }
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new LanguageModelException(description + ": no complete answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new LanguageModelException(description + ": " + oneLine(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException(description + ": interrupted", e);
        } catch (RuntimeException e) {
            throw new LanguageModelException(description + ": " + oneLine(e), e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public String describe() {
        return description;
    }
}
