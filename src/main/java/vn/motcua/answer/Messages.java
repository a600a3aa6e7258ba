package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Vietnamese texts users read, loaded by key from {@code messages/messages_vi.properties}
 * (UTF-8). Keeping them in one file keeps them apart from English log messages and lets a test
 * prove that no user-facing literal hides in the code. Placeholders are {@code {0}}, {@code {1}}…
 */
public final class Messages {

    private static final String RESOURCE = "/messages/messages_vi.properties";

    private final Map<String, String> texts;

    private Messages(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The bundled Vietnamese messages. */
    public static Messages vietnamese() {
        try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (the build must copy it)");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return new Messages(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The text for a key with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String get(String key, Object... args) {
        String t = texts.get(requireNonNull(key, "key may not be null"));
        if (t == null) {
            throw new IllegalArgumentException("no message with key " + key);
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }

    /** Every key, for tests. */
    public java.util.Set<String> keys() {
        return texts.keySet();
    }
}
