package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMergerTest {

    private final RecordMerger merger = new RecordMerger();

    @Test
    void newerPortalRecordIsTheBaseWhicheverOrder() {
        Procedure portal = Fixtures.portalRecord("bo-cong-an", "1.004194");
        Procedure docx = Fixtures.docxRecord("Bộ_Công_an", "1.004194");

        Procedure a = merger.merge(portal, docx);
        Procedure b = merger.merge(docx, portal);

        assertEquals(a, b);
        assertEquals("tthc-national", a.source().dataset());
        assertEquals(List.of("tthc-ministries-docx"), a.source().supplementedBy());
    }

    @Test
    void inPersonRateLostByThePortalIsFlaggedNotGuessed() {
        // KNOWN-DEFECTS 1: the portal lost the 15.000 đ in-person rate the Word export has.
        Procedure merged = merger.merge(Fixtures.portalRecord("bo-cong-an", "1.004194"), Fixtures.docxRecord("Bộ_Công_an", "1.004194"));

        Fee direct = Fixtures.channel(merged, ChannelKind.DIRECT).fee();

        assertNull(direct.amountVnd());
        assertTrue(merged.notes().stream().anyMatch(n -> n.field().equals("fee") && n.message().contains("15.000")));
    }

    @Test
    void decisionTitleRecordGivesWayToTheWordExport() {
        Procedure portal = Fixtures.portalRecord("bo-cong-an", "2.001428");
        Procedure docx = Fixtures.docxRecord("Bộ_Công_an", "2.001428");

        Procedure merged = merger.merge(portal, docx);

        assertEquals(docx.name(), merged.name());
        assertEquals("tthc-ministries-docx", merged.source().dataset());
        assertEquals(docx.documents(), merged.documents());
        assertTrue(merged.notes().stream().anyMatch(n -> n.field().equals("source")));
    }

    @Test
    void refusesDifferentCodes() {
        Procedure a = Fixtures.portalRecord("bo-cong-an", "1.004194");
        Procedure b = Fixtures.portalRecord("bo-cong-an", "1.002755");

        assertThrows(IllegalArgumentException.class, () -> merger.merge(a, b));
    }
}
