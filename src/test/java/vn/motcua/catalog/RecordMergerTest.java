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
    void sameDayWordingWithACutOffHourCompletesAPlaceholderTime() {
        // 1.000656: the portal cell is a bare placeholder; the Word export states "Ngay trong ngày…"
        // with the 3 p.m. cut-off, which is kept as wording with no amount.
        Procedure portal = Fixtures.portalRecord("bo-tu-phap", "1.001193");
        ProcessingTime sameDay = ProcessingTimeParser.parse("Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ"
                + " mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.");
        Procedure docx = asWordExport(portal, sameDay);

        Procedure merged = merger.merge(portal, docx);

        ProcessingTime direct = Fixtures.channel(merged, ChannelKind.DIRECT).processingTime();
        assertEquals(sameDay.text(), direct.text());
        assertNull(direct.amount());
        assertNull(direct.unit());
    }

    /** The same record as a Word export whose every channel states {@code time}. */
    private static Procedure asWordExport(Procedure p, ProcessingTime time) {
        List<Channel> channels = p.channels().stream().map(c -> new Channel(c.kind(), time, c.fee(), c.note())).toList();
        Source source = new Source("tthc-ministries-docx", null, "2025-12-02", List.of("docx/x.docx"), List.of());
        return p.withChannels(channels).withNotesAndSource(List.of(), source);
    }

    @Test
    void refusesDifferentCodes() {
        Procedure a = Fixtures.portalRecord("bo-cong-an", "1.004194");
        Procedure b = Fixtures.portalRecord("bo-cong-an", "1.002755");

        assertThrows(IllegalArgumentException.class, () -> merger.merge(a, b));
    }
}
