package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.catalog.AtomicFiles;

/**
 * A {@link LanguageModel} that records every completed call in a folder, keyed by the model (name
 * and digest), the options and both messages, and replays it when the same call comes again. A run
 * recorded against a real server can so be re-scored offline, token for token. Failed calls are not
 * recorded: replaying them fails the same way (not in the cache), which falls back to the grounded answer.
 */
public final class RecordedModel implements LanguageModel {

    /** One recorded call, as stored in {@code <key>.json}. */
    public record Call(String key, String model, String options, String system, String user, List<String> tokens, String text) {
        public Call {
            tokens = List.copyOf(tokens);
        }
    }

    private final LanguageModel live;
    private final String model;
    private final String options;
    private final Path dir;
    private final ObjectMapper json;

    /**
     * {@code live} may be null: then only recorded calls are answered (offline re-scoring).
     * {@code model} names the model and its digest ("ollama qwen2.5:7b@sha256:…").
     */
    public RecordedModel(LanguageModel live, String model, String options, Path dir, ObjectMapper json) {
        this.live = live;
        this.model = requireNonNull(model, "model may not be null");
        this.options = requireNonNull(options, "options may not be null");
        this.dir = requireNonNull(dir, "dir may not be null");
        this.json = requireNonNull(json, "json may not be null");
    }

    @Override
    public String complete(String system, String user, Consumer<String> onToken, Duration timeout) {
        String key = key(system, user);
        Path file = dir.resolve(key + ".json");
        if (Files.isRegularFile(file)) {
            Call c = read(file);
            c.tokens().forEach(onToken);
            return c.text();
        }
        if (live == null) {
            throw new LanguageModelException(describe() + ": call " + key + " is not in the cache " + dir + " (offline re-scoring)");
        }
        List<String> tokens = new ArrayList<>();
        String text = live.complete(system, user, t -> {
            synchronized (tokens) {
                tokens.add(t);
            }
            onToken.accept(t);
        }, timeout);
        Call c;
        synchronized (tokens) {
            c = new Call(key, model, options, system, user, tokens, text);
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(c) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record model call in " + file, e);
        }
        return text;
    }

    private Call read(Path file) {
        try {
            return json.readValue(Files.readString(file, StandardCharsets.UTF_8), Call.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded model call " + file, e);
        }
    }

    /** SHA-256 over the model, the options and both messages. */
    String key(String system, String user) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {model, options, system, user}) {
                d.update(part.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String describe() {
        return "recorded " + model + (live == null ? " (offline)" : " via " + live.describe());
    }
}
