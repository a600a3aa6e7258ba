package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates of {@code prompts/} (system message, answer template, refusal sentence),
 * loaded once at start. A template's placeholders are checked when loaded, so a typo fails at
 * start-up rather than in a citizen's answer.
 */
public record Prompts(String system, String answer, String refusal) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    static final Set<String> ANSWER_KEYS = Set.of("question", "intents", "code", "context", "refusal");
    static final Set<String> REFUSAL_KEYS = Set.of("agency");

    public Prompts {
        requireNonNull(system, "system may not be null");
        check("answer.txt", answer, ANSWER_KEYS);
        check("refusal.txt", refusal, REFUSAL_KEYS);
        check("system.txt", system, Set.of());
    }

    /** Loads {@code system.txt}, {@code answer.txt} and {@code refusal.txt} from a folder. */
    public static Prompts load(Path dir) {
        return new Prompts(read(dir.resolve("system.txt")), read(dir.resolve("answer.txt")), read(dir.resolve("refusal.txt")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + p, e);
        }
    }

    private static void check(String name, String template, Set<String> allowed) {
        requireNonNull(template, name + " may not be null");
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                throw new IllegalArgumentException("prompt " + name + " uses unknown placeholder {{" + m.group(1) + "}}; allowed: " + allowed);
            }
        }
        for (String key : allowed) {
            if (!template.contains("{{" + key + "}}")) {
                throw new IllegalArgumentException("prompt " + name + " lacks placeholder {{" + key + "}}");
            }
        }
    }

    /** The template with every {@code {{key}}} replaced; every key must be given. */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("no value for placeholder {{" + m.group(1) + "}}");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }
}
