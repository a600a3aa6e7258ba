package vn.motcua.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * JSON Lines files as the knowledge base and the eval harness keep them (gold sets, phrasings,
 * regulations, results): UTF-8, one value per line, blank lines skipped. Each line keeps its file
 * and number, so a reader can say where a bad one is; parsing is left to the reader, which knows
 * whether to stop at the first problem or list them all.
 */
public final class JsonLines {

    private JsonLines() {}

    /** A non-blank line, stripped, with the file it came from and its number from 1. */
    public record Line(Path file, int number, String text) {
        /** "file:line", for error messages. */
        public String where() {
            return file + ":" + number;
        }
    }

    /** The non-blank lines of {@code file}; a file that cannot be read fails naming it. */
    public static List<Line> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                out.add(new Line(file, i + 1, text));
            }
        }
        return out;
    }

    /** The {@code *.jsonl} files directly in {@code dir}, by name; none when the folder is missing. */
    public static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
