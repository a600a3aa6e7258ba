package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCheckerTest {

    @TempDir
    Path kb;

    private ProcedureStore store() {
        return new ProcedureStore(kb, KnowledgeBaseJson.mapper());
    }

    @Test
    void validRecordsPassWithCoverage() {
        ProcedureStore store = store();
        store.write(Fixtures.portalRecord("bo-tu-phap", "1.001193"));
        store.write(Fixtures.portalRecord("bo-cong-an", "1.004194"));

        CatalogChecker.CheckReport r = new CatalogChecker(store, KnowledgeBaseJson.mapper()).check();

        assertEquals(2, r.procedures());
        assertEquals(0, r.schemaErrors());
        assertEquals(1.0, r.coverage().get("documents"));
        assertEquals(1.0, r.coverage().get("steps"));
        assertEquals(0.5, r.coverage().get("processing_time"));
    }

    @Test
    void schemaViolationsAreCountedAndNamed() throws Exception {
        ProcedureStore store = store();
        store.write(Fixtures.portalRecord("bo-tu-phap", "1.001193"));
        Path file = store.fileOf("1.001193");
        Files.writeString(file, Files.readString(file).replace("\"kind\": \"online\"", "\"kind\": \"fax\""));
        Files.writeString(store.dir().resolve("1.000002.json"), "{ not json");

        CatalogChecker.CheckReport r = new CatalogChecker(store, KnowledgeBaseJson.mapper()).check();

        assertTrue(r.schemaErrors() >= 2, String.valueOf(r.schemaErrors()));
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("1.001193.json") && p.contains("channels")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("1.000002.json") && p.contains("not valid JSON")));
    }

    @Test
    void fileNameMustMatchCode() throws Exception {
        ProcedureStore store = store();
        store.write(Fixtures.portalRecord("bo-tu-phap", "1.001193"));
        Files.move(store.fileOf("1.001193"), store.dir().resolve("1.001194.json"));

        CatalogChecker.CheckReport r = new CatalogChecker(store, KnowledgeBaseJson.mapper()).check();

        assertEquals(1, r.schemaErrors());
    }

    @Test
    void shippedSchemaIsTheKnowledgeBaseCopy() throws Exception {
        String inJar = new String(CatalogChecker.class.getResourceAsStream(CatalogChecker.SCHEMA_RESOURCE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(Files.readString(Path.of("knowledge-base/procedure.schema.json")), inJar);
    }
}
