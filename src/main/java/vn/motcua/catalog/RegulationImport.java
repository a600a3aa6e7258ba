package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports regulation Markdown files: each file is split into articles and written as one JSON
 * Lines file; a bad file is reported by name and the others still import.
 */
public final class RegulationImport {

    private final RegulationImporter importer;
    private final RegulationStore store;

    public RegulationImport(RegulationImporter importer, RegulationStore store) {
        this.importer = requireNonNull(importer, "importer may not be null");
        this.store = requireNonNull(store, "store may not be null");
    }

    /** What one run did. */
    public record Report(int files, int articles, int withoutInstrument, List<String> rejected) {
        public Report {
            rejected = List.copyOf(rejected);
        }
    }

    public Report importPaths(List<Path> paths) {
        List<String> rejected = new ArrayList<>();
        int files = 0;
        int articles = 0;
        int withoutInstrument = 0;
        for (Path root : paths) {
            Path abs = root.toAbsolutePath().normalize();
            for (Path f : markdown(abs, rejected)) {
                files++;
                try {
                    Path datasetRoot = datasetRoot(f);
                    List<RegulationArticle> list = importer.read(datasetRoot, f);
                    String document = datasetRoot.relativize(f).toString().replace('\\', '/');
                    store.write(document.replaceFirst("^van-ban/", "").replaceFirst("\\.md$", ""), list);
                    articles += list.size();
                    withoutInstrument += (int) list.stream().filter(a -> a.instrument() == null).count();
                } catch (CatalogFormatException e) {
                    rejected.add(e.getMessage());
                }
            }
        }
        return new Report(files, articles, withoutInstrument, rejected);
    }

    /** The dataset root is the parent of the "van-ban" folder the sources keep their texts in. */
    private static Path datasetRoot(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("van-ban") && p.getParent() != null) {
                return p.getParent();
            }
        }
        return file.getParent();
    }

    private static List<Path> markdown(Path p, List<String> rejected) {
        if (!Files.exists(p)) {
            rejected.add(p + ": no such file or folder");
            return List.of();
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".md") && !f.getFileName().toString().equals("PROVENANCE.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
    }
}
