package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BqpImporterTest {

    private final Path root = Fixtures.path("bqp");
    private final Procedure p = new BqpImporter(KnowledgeBaseJson.mapper(), new FeeParser(Fixtures.TODAY))
            .read(root, root.resolve("extracted_fixed/1.013628.json"));

    @Test
    void readsIdentityAndDropsDecisionPrefix() {
        assertEquals("1.013628", p.code());
        assertEquals("Thủ tục cho phép cơ sở khám bệnh, chữa bệnh được tiếp tục hoạt động sau khi bị đình chỉ", p.name());
        assertEquals("6225/QĐ-BQP", p.decision());
        assertEquals(List.of("Cấp bộ"), p.levels());
        assertEquals("Khám bệnh, chữa bệnh", p.field());
        assertEquals(List.of("Cục Quân y/Tổng cục Hậu cần - Kỹ thuật"), p.agencies().implementing());
        assertEquals("276 Nghi Tàm, Phường Hồng Hà, Thành phố Hà Nội", p.receptionAddress());
    }

    @Test
    void formNameInCountColumnAndCountsInNoteColumn() {
        RequiredDocument first = p.documents().get(0).items().get(0);

        assertEquals("Mus05.docx", first.form());
        assertEquals(1, first.originals());
        assertEquals(0, first.copies());
    }

    @Test
    void zeroDongFeeIsFreeAndDeadlineParsed() {
        Channel direct = Fixtures.channel(p, ChannelKind.DIRECT);

        assertEquals(Boolean.TRUE, direct.fee().free());
        assertEquals(new BigDecimal("35"), direct.processingTime().amount());
        assertEquals("ngày", direct.processingTime().unit());
    }

    @Test
    void legalBasisDateIsNormalised() {
        LegalBasis b = p.legalBasis().get(0);

        assertEquals("16/2024/NĐ-CP", b.number());
        assertEquals("16/02/2024", b.date());
        assertEquals("Chính phủ", b.issuer());
        assertTrue(b.title().startsWith("Nghị định số 16/2024/NĐ-CP"));
    }
}
