package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the internal collection: every {@code *.md} file under {@code knowledge-base/internal/},
 * each opening with front matter between two {@code ---} lines ({@code key: value} per line:
 * title, unit, visibility, effective_date, source). A missing folder is an empty collection; a
 * file without front matter or title, or with an unknown visibility, fails the read with its name.
 */
public final class InternalDocuments {

    public static final String FOLDER = "internal";

    private final Path knowledgeBase;

    public InternalDocuments(Path knowledgeBase) {
        this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase may not be null");
    }

    /** Every document, by path. */
    public List<InternalDocument> readAll() {
        Path dir = knowledgeBase.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<InternalDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                out.add(parse(knowledgeBase.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    static InternalDocument parse(String path, String text, Path file) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new CatalogFormatException(file, "an internal document must open with front matter between '---' lines");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            }
        }
        if (i >= lines.size()) {
            throw new CatalogFormatException(file, "the front matter is not closed by a '---' line");
        }
        String title = meta.get("title");
        if (title == null || title.isBlank()) {
            throw new CatalogFormatException(file, "the front matter has no title");
        }
        InternalDocument.Visibility visibility;
        try {
            visibility = meta.containsKey("visibility") ? InternalDocument.Visibility.of(meta.get("visibility")) : InternalDocument.Visibility.INTERNAL;
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(file, e.getMessage(), e);
        }
        String body = String.join("\n", lines.subList(i + 1, lines.size())).strip();
        return new InternalDocument(path, title, meta.get("unit"), visibility, meta.get("effective_date"), meta.get("source"), body);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
