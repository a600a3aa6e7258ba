package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Imports source files of one format into the knowledge base. Each file is parsed on its own, so a
 * bad file is reported by name and the rest still import; records for codes already stored are
 * merged by {@link RecordMerger}; every record is written atomically.
 */
public final class CatalogImporter {

    private final ProcedureStore store;
    private final Map<ImportFormat, RecordReader> readers;
    private final RecordMerger merger;

    public CatalogImporter(ProcedureStore store, Map<ImportFormat, RecordReader> readers, RecordMerger merger) {
        this.store = requireNonNull(store, "store may not be null");
        this.readers = Map.copyOf(readers);
        this.merger = requireNonNull(merger, "merger may not be null");
    }

    /** Imports every file of the format found under {@code paths} (files or folders). */
    public ImportReport importPaths(ImportFormat format, List<Path> paths, Progress progress) {
        RecordReader reader = readers.get(format);
        if (reader == null) {
            throw new IllegalStateException("no reader configured for format " + format);
        }
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                rejected.add(new ImportReport.Rejection(p.toString(), "no such file or folder"));
            } else {
                files.addAll(list(p, format));
            }
        }
        AtomicLong done = new AtomicLong();
        long total = files.size();
        progress.update(0, total);
        List<Parsed> parsed = files.parallelStream()
                .map(f -> {
                    Parsed r = parse(reader, format, f);
                    progress.update(done.incrementAndGet(), total);
                    return r;
                })
                .toList();

        Map<String, Procedure> incoming = new LinkedHashMap<>();
        Map<String, Path> firstFile = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Parsed r : parsed) {
            if (r.error() != null) {
                rejected.add(new ImportReport.Rejection(r.file().toString(), r.error()));
                continue;
            }
            String code = r.procedure().code();
            if (!ProcedureStore.isValidCode(code)) {
                rejected.add(new ImportReport.Rejection(r.file().toString(), "not a procedure code: '" + code + "'"));
            } else if (incoming.containsKey(code)) {
                duplicates.add(code + ": kept " + firstFile.get(code) + ", skipped " + r.file());
            } else {
                incoming.put(code, r.procedure());
                firstFile.put(code, r.file());
            }
        }
        int written = 0;
        int unchanged = 0;
        int merged = 0;
        for (Procedure p : incoming.values()) {
            Path target = store.fileOf(p.code());
            Procedure toWrite = p;
            if (Files.exists(target)) {
                toWrite = merger.merge(store.read(target), p);
                merged++;
            }
            toWrite = ProvincialFeeAudit.annotate(toWrite);
            if (store.write(toWrite)) {
                written++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(format, files.size(), written, unchanged, merged, duplicates, rejected);
    }

    private static Parsed parse(RecordReader reader, ImportFormat format, Path file) {
        try {
            Path abs = file.toAbsolutePath().normalize();
            return new Parsed(file, reader.read(rootOf(format, abs), abs), null);
        } catch (CatalogFormatException e) {
            return new Parsed(file, null, e.reason());
        } catch (RuntimeException e) {
            // A parser bug on one file must not stop the others; it is reported with the file name.
            return new Parsed(file, null, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The dataset root: the parent of the format's data folder (raw/, docx/, extracted_fixed/). */
    static Path rootOf(ImportFormat format, Path file) {
        String marker = switch (format) {
            case PORTAL_JSON -> "raw";
            case DOCX -> "docx";
            case BQP -> "extracted_fixed";
        };
        Path abs = file.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(marker) && p.getParent() != null) {
                return p.getParent();
            }
        }
        return abs.getParent();
    }

    private static List<Path> list(Path p, ImportFormat format) {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(format.extension()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
    }

    private record Parsed(Path file, Procedure procedure, String error) {}
}
