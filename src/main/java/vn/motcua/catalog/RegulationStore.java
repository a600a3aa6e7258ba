package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regulations folder of the knowledge base: one JSON Lines file per source document,
 * {@code regulations/<document>.jsonl}, one article per line in source order, so a changed article
 * is a one-line diff. Files are written atomically.
 */
public final class RegulationStore {

    private final Path dir;
    private final ObjectMapper json;

    public RegulationStore(Path knowledgeBase, ObjectMapper json) {
        this.dir = requireNonNull(knowledgeBase, "knowledgeBase may not be null").resolve("regulations");
        this.json = requireNonNull(json, "json may not be null");
    }

    /** Writes the articles of one source document, replacing its previous file. */
    public Path write(String document, List<RegulationArticle> articles) {
        String name = document.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("document name gives an empty file name: " + document);
        }
        Path target = dir.resolve(name + ".jsonl");
        StringBuilder out = new StringBuilder();
        try {
            for (RegulationArticle a : articles) {
                out.append(json.writeValueAsString(a)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise articles of " + document, e);
        }
        AtomicFiles.write(target, out);
        return target;
    }

    /** Every stored article, file by file in name order. */
    public List<RegulationArticle> readAll() {
        List<RegulationArticle> out = new ArrayList<>();
        for (Path f : JsonLines.filesIn(dir)) {
            for (JsonLines.Line line : JsonLines.read(f)) {
                try {
                    out.add(json.readValue(line.text(), RegulationArticle.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the article at " + line.where(), e);
                }
            }
        }
        return out;
    }
}
