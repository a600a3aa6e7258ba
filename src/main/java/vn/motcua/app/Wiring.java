package vn.motcua.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.catalog.BqpImporter;
import vn.motcua.catalog.CatalogChecker;
import vn.motcua.catalog.CatalogImporter;
import vn.motcua.catalog.DocxImporter;
import vn.motcua.catalog.FeeParser;
import vn.motcua.catalog.ImportFormat;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.PortalJsonImporter;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.RecordMerger;
import vn.motcua.catalog.RegulationImport;
import vn.motcua.catalog.RegulationImporter;
import vn.motcua.catalog.RegulationStore;

/** Builds the object graph from {@link Config}; the only class that calls {@code new} on services. */
final class Wiring {

    private final Config config;
    private final ObjectMapper json = KnowledgeBaseJson.mapper();

    Wiring(Config config) {
        this.config = config;
    }

    ObjectMapper json() {
        return json;
    }

    ProcedureStore procedureStore() {
        return new ProcedureStore(config.knowledgeBase(), json);
    }

    CatalogImporter catalogImporter() {
        FeeParser fees = new FeeParser(LocalDate.now());
        return new CatalogImporter(procedureStore(), Map.of(
                ImportFormat.PORTAL_JSON, new PortalJsonImporter(json, fees)::read,
                ImportFormat.DOCX, new DocxImporter(fees)::read,
                ImportFormat.BQP, new BqpImporter(json, fees)::read),
                new RecordMerger());
    }

    RegulationImport regulationImport() {
        return new RegulationImport(new RegulationImporter(), new RegulationStore(config.knowledgeBase(), json));
    }

    CatalogChecker catalogChecker() {
        return new CatalogChecker(procedureStore(), json);
    }
}
