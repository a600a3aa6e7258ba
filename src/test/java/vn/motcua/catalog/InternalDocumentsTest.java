package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The internal collection's front matter: read when well formed, refused by file name when not; internal unless it says otherwise. */
class InternalDocumentsTest {

    @TempDir
    Path kb;

    @Test
    void readsTheFrontMatterAndTheBody() throws Exception {
        Files.createDirectories(kb.resolve("internal"));
        Files.writeString(kb.resolve("internal/a.md"), "---\ntitle: Quy trình\nunit: Một cửa\neffective_date: 2026-01-01\nsource: \"Nghị định 61/2018/NĐ-CP\"\n---\n\nNội dung.\n");

        List<InternalDocument> docs = new InternalDocuments(kb).readAll();

        assertEquals(List.of(new InternalDocument("internal/a.md", "Quy trình", "Một cửa", InternalDocument.Visibility.INTERNAL, "2026-01-01",
                "Nghị định 61/2018/NĐ-CP", "Nội dung.")), docs);
    }

    @Test
    void aMissingFolderIsAnEmptyCollection() {
        assertEquals(List.of(), new InternalDocuments(kb).readAll());
    }

    @Test
    void aFileWithoutTitleOrWithAnUnknownVisibilityIsRefusedByName() throws Exception {
        Files.createDirectories(kb.resolve("internal"));
        Files.writeString(kb.resolve("internal/b.md"), "---\ntitle: B\nvisibility: secret\n---\nx");

        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> new InternalDocuments(kb).readAll());

        assertTrue(e.getMessage().contains("b.md") && e.getMessage().contains("visibility"), e.getMessage());
    }

    @Test
    void everyShippedDocumentIsInternalAndSaysItIsAnExample() {
        List<InternalDocument> shipped = new InternalDocuments(Path.of("knowledge-base")).readAll();

        assertTrue(shipped.size() >= 5, shipped.toString());
        for (InternalDocument d : shipped) {
            assertEquals(InternalDocument.Visibility.INTERNAL, d.visibility(), d.path());
            assertTrue(d.body().contains("TÀI LIỆU MẪU"), d.path());
            assertTrue(d.source() != null && d.unit() != null && d.effectiveDate() != null, d.path());
        }
    }
}
