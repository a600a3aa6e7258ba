package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureStoreTest {

    @TempDir
    Path kb;

    @Test
    void roundTripsARecordExactly() {
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());
        Procedure p = Fixtures.portalRecord("bo-cong-an", "1.004194");

        store.write(p);

        assertEquals(p, store.read(store.fileOf("1.004194")));
    }

    @Test
    void writesStableKeyOrderAndNoTemporaryFiles() throws Exception {
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());

        store.write(Fixtures.portalRecord("bo-tu-phap", "1.001193"));
        boolean secondWrite = store.write(Fixtures.portalRecord("bo-tu-phap", "1.001193"));

        String json = Files.readString(store.fileOf("1.001193"));
        assertTrue(json.startsWith("{\n  \"code\": \"1.001193\",\n  \"name\": \"Thủ tục đăng ký khai sinh\",\n  \"decision\""), json.substring(0, 80));
        assertTrue(json.indexOf("\"source\"") > json.indexOf("\"legal_basis\""));
        assertTrue(json.endsWith("}\n"));
        assertFalse(secondWrite);
        try (Stream<Path> files = Files.list(store.dir())) {
            assertEquals(List.of("1.001193.json"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void refusesCodesThatAreNotFileSafe() {
        ProcedureStore store = new ProcedureStore(kb, KnowledgeBaseJson.mapper());

        assertThrows(IllegalArgumentException.class, () -> store.fileOf("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.fileOf("1.00119"));
    }
}
