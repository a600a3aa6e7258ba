package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {

    @TempDir
    Path kb;

    private final FeeParser fees = new FeeParser(Fixtures.TODAY);

    private CatalogImporter importer(ProcedureStore store) {
        return new CatalogImporter(store, Map.of(
                ImportFormat.PORTAL_JSON, Fixtures.portal()::read,
                ImportFormat.DOCX, new DocxImporter(fees)::read,
                ImportFormat.BQP, new BqpImporter(KnowledgeBaseJson.mapper(), fees)::read), new RecordMerger());
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void badFilesAreReportedByNameAndTheRestImported(@TempDir Path src) throws Exception {
        copyTree(Fixtures.path("portal"), src);
        Path raw = src.resolve("raw/bo-tu-phap");
        Files.writeString(raw.resolve("1.999998.json"), "{\"ma_thu_tuc\": \"1.999998\", \"ten_thu_tuc\": \"Th");
        Files.writeString(raw.resolve("1.999999.json"), "{\"ten_thu_tuc\": \"Không có mã\"}");
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());

        ImportReport r = importer(store).importPaths(ImportFormat.PORTAL_JSON, List.of(src.resolve("raw")), Progress.NONE);

        assertEquals(8, r.filesRead());
        assertEquals(6, r.written());
        assertEquals(2, r.rejected().size());
        assertTrue(r.rejected().stream().anyMatch(x -> x.file().endsWith("1.999998.json") && x.reason().contains("invalid JSON")));
        assertTrue(r.rejected().stream().anyMatch(x -> x.file().endsWith("1.999999.json") && x.reason().contains("no procedure code")));
        assertEquals(6, store.files().size());
    }

    @Test
    void corruptDocxIsRejectedAndNothingHalfWritten(@TempDir Path src) throws Exception {
        Path dir = Files.createDirectories(src.resolve("docx/Bộ_Y_tế"));
        Files.write(dir.resolve("1_000001.docx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, 9, 9, 9});
        Files.copy(Fixtures.path("docx/docx/Bộ_Y_tế/1_008398.docx"), dir.resolve("1_008398.docx"));
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());

        ImportReport r = importer(store).importPaths(ImportFormat.DOCX, List.of(src.resolve("docx")), Progress.NONE);

        assertEquals(1, r.written());
        assertEquals(1, r.rejected().size());
        assertTrue(r.rejected().get(0).file().endsWith("1_000001.docx"));
        try (Stream<Path> files = Files.list(store.dir())) {
            assertEquals(List.of("1.008398.json"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void missingPathIsRejectedNotFatal() {
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());

        ImportReport r = importer(store).importPaths(ImportFormat.BQP, List.of(kb.resolve("nope")), Progress.NONE);

        assertEquals(0, r.filesRead());
        assertEquals(1, r.rejected().size());
    }

    @Test
    void reimportIsIdempotentAndMergesAcrossFormats() {
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());
        CatalogImporter importer = importer(store);
        List<Path> portal = List.of(Fixtures.path("portal/raw"));
        List<Path> docx = List.of(Fixtures.path("docx/docx"));

        importer.importPaths(ImportFormat.PORTAL_JSON, portal, Progress.NONE);
        importer.importPaths(ImportFormat.DOCX, docx, Progress.NONE);
        String afterFirst = store.toJson(store.read(store.fileOf("1.004194")));
        ImportReport again = importer.importPaths(ImportFormat.PORTAL_JSON, portal, Progress.NONE);
        importer.importPaths(ImportFormat.DOCX, docx, Progress.NONE);

        assertEquals(afterFirst, store.toJson(store.read(store.fileOf("1.004194"))));
        assertEquals(0, again.rejected().size());
        assertFalse(store.read(store.fileOf("1.004194")).source().supplementedBy().isEmpty());
    }

    @Test
    void datasetRootIsTheParentOfTheFormatFolder() {
        Path file = Path.of("/data/tthc-national/raw/bo-tu-phap/1.001193.json");

        assertEquals(Path.of("/data/tthc-national"), CatalogImporter.rootOf(ImportFormat.PORTAL_JSON, file));
    }
}
