package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The procedures folder of the knowledge base: one pretty-printed JSON file per procedure code,
 * {@code procedures/<code>.json}. Every write goes to a temporary file in the same folder and is
 * renamed into place, so a crash never leaves a half-written record.
 */
public final class ProcedureStore {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,2}\\.[0-9]{6}");

    private final Path dir;
    private final ObjectMapper json;
    private final ObjectWriter writer;

    public ProcedureStore(Path knowledgeBase, ObjectMapper json) {
        this.dir = requireNonNull(knowledgeBase, "knowledgeBase may not be null").resolve("procedures");
        this.json = requireNonNull(json, "json may not be null");
        this.writer = KnowledgeBaseJson.prettyWriter(json);
    }

    public Path dir() {
        return dir;
    }

    /** True for codes of the national catalogue's shape, e.g. "1.001193"; only these become file names. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The file that holds a code's record. */
    public Path fileOf(String code) {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("not a procedure code: " + code);
        }
        return dir.resolve(code + ".json");
    }

    /** Serialises a record exactly as it is stored, ending with a newline. */
    public String toJson(Procedure p) {
        try {
            return writer.writeValueAsString(p) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise procedure " + p.code(), e);
        }
    }

    /** Writes one record atomically; returns false when the file already held exactly this content. */
    public boolean write(Procedure p) {
        Path target = fileOf(p.code());
        String content = toJson(p);
        try {
            if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
        AtomicFiles.write(target, content);
        return true;
    }

    /** Reads one stored record. */
    public Procedure read(Path file) {
        try {
            return json.readValue(Files.readString(file, StandardCharsets.UTF_8), Procedure.class);
        } catch (IOException e) {
            throw new CatalogFormatException(file, "cannot read stored procedure: " + e.getMessage(), e);
        }
    }

    /** The stored files in code order; empty when the folder does not exist yet. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Reads every stored record, in code order. */
    public List<Procedure> readAll() {
        List<Procedure> out = new ArrayList<>();
        for (Path f : files()) {
            out.add(read(f));
        }
        return out;
    }
}
