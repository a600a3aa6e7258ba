package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;

/**
 * The procedure index as built holds public records only, and the searcher then leaves its
 * visibility filter out as a no-op. A record that is not public, should one ever be written there,
 * must bring the filter back: it is never returned, by text or by code.
 */
class ProcedureVisibilityTest {

    @TempDir
    Path dir;

    @Test
    void aRecordThatIsNotPublicIsNeverFoundEvenInTheProcedureIndex() throws Exception {
        Path generation = TestIndex.maintainer(dir).ensureCurrent(false, Progress.NONE).generation();
        var json = KnowledgeBaseJson.mapper();
        var birth = new ProcedureStore(TestIndex.knowledgeBase(), json).readAll().stream()
                .filter(p -> p.code().equals("1.001193")).findFirst().orElseThrow();
        // The same record, under another code and marked internal: it matches every question the public one matches.
        Document internal = new ProcedureDocuments(json, java.util.Map.of()).toDocument(birth);
        internal.removeFields(Fields.CODE);
        internal.removeFields(Fields.VISIBILITY);
        internal.removeFields(Fields.DV_CODE);
        internal.add(new StringField(Fields.CODE, "9.999999", Field.Store.YES));
        internal.add(new StringField(Fields.VISIBILITY, "internal", Field.Store.NO));
        internal.add(new BinaryDocValuesField(Fields.DV_CODE, new BytesRef("9.999999")));
        try (IndexWriter w = new IndexWriter(FSDirectory.open(generation.resolve(IndexBuilder.PROCEDURES)),
                new IndexWriterConfig(Fields.indexAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.addDocument(internal);
        }
        assertTrue(Files.isDirectory(generation));
        try (LiveIndex index = new LiveIndex(generation)) {
            ProcedureSearcher searcher = new ProcedureSearcher(index, SearchSettings.PRODUCTION, TestIndex.synonyms(), json);
            for (String q : List.of("đăng ký khai sinh", "lam giay khai sinh cho con", "thủ tục 9.999999", "9.999999")) {
                List<String> codes = searcher.search(q, 20, SearchFilters.NONE).hits().stream().map(Hit::code).toList();
                assertFalse(codes.contains("9.999999"), q + " → " + codes);
            }
            assertEquals("1.001193", searcher.search("đăng ký khai sinh", 5, SearchFilters.NONE).hits().get(0).code());
            assertTrue(searcher.byCode("9.999999").isEmpty());
        }
    }
}
