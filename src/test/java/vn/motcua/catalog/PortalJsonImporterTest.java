package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalJsonImporterTest {

    @Nested
    class BirthRegistration {

        private final Procedure p = Fixtures.portalRecord("bo-tu-phap", "1.001193");

        @Test
        void readsIdentity() {
            assertEquals("1.001193", p.code());
            assertEquals("Thủ tục đăng ký khai sinh", p.name());
            assertEquals("163/QĐ-BTP", p.decision());
            assertEquals(List.of("Cấp xã"), p.levels());
            assertEquals("Hộ tịch", p.field());
            assertEquals("Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài", p.targetGroup());
        }

        @Test
        void placeholderTimeIsNotADeadline() {
            // The crawl says "Trực tuyến1Miễn phí…": a bare "1" with no unit.
            assertEquals(3, p.channels().size());
            assertTrue(p.channels().stream().allMatch(c -> c.processingTime().equals(ProcessingTime.NONE)));
        }

        @Test
        void documentsIncludeTheDeclarationFormAndTheBirthCertificate() {
            List<RequiredDocument> all = p.documents().stream().flatMap(g -> g.items().stream()).toList();

            RequiredDocument declaration = all.stream().filter(d -> d.name().startsWith("Tờ khai đăng ký khai sinh")).findFirst().orElseThrow();
            RequiredDocument certificate = all.stream().filter(d -> d.name().startsWith("Giấy chứng sinh;")).findFirst().orElseThrow();

            assertEquals(1, declaration.originals());
            assertEquals(0, declaration.copies());
            assertEquals(1, certificate.originals());
            assertTrue(p.documents().stream().anyMatch(g -> "Giấy tờ phải xuất trình".equals(g.caseName())));
        }

        @Test
        void legalBasisIsSplitIntoInstruments() {
            List<String> numbers = p.legalBasis().stream().map(LegalBasis::number).toList();

            assertTrue(numbers.containsAll(List.of("123/2015/NĐ-CP", "85/2019/TT-BTC", "104/2022/NĐ-CP", "87/2020/NĐ-CP", "60/2014/QH13")), numbers.toString());
            LegalBasis decree = p.legalBasis().stream().filter(b -> "123/2015/NĐ-CP".equals(b.number())).findFirst().orElseThrow();
            assertEquals("15/11/2015", decree.date());
            assertEquals("Chính phủ", decree.issuer());
        }

        @Test
        void resultIsCutBeforePortalInterfaceText() {
            assertEquals("Giấy khai sinh", p.result());
        }

        @Test
        void portalUrlAndSourceFileAreKept() {
            assertEquals("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7", p.source().url());
            assertEquals(List.of("raw/bo-tu-phap/1.001193.json"), p.source().files());
        }
    }

    @Nested
    class ResultField {

        private static final String UI_TAIL = "Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiện";

        @Test
        void nameAfterAResultCodeKeepsItsFirstLetter() {
            // 1.013076: "…biển số xeMã: KQ.G01.000008Giấy chứng nhận đăng ký xeMã: KQ.G01.000014"
            String raw = "Giấy chứng nhận thu hồi đăng ký, biển số xeMã: KQ.G01.000008Giấy chứng nhận đăng ký xeMã: KQ.G01.000014" + UI_TAIL;

            String result = PortalJsonImporter.result(raw);

            assertEquals("Giấy chứng nhận thu hồi đăng ký, biển số xe; Giấy chứng nhận đăng ký xe", result);
        }

        @Test
        void upperCaseAbbreviationAfterAResultCodeIsKept() {
            // 3.000123: the second name begins with "KBNN" (the State Treasury)
            String raw = "Xác nhận của KBNN trên chứng từ chuyển tiềnMã: KQ.G12.001177"
                    + "KBNN thông báo từ chối chấp thuận thanh toán, rút vốnMã: KQ.G12.001178" + UI_TAIL;

            String result = PortalJsonImporter.result(raw);

            assertEquals("Xác nhận của KBNN trên chứng từ chuyển tiền; KBNN thông báo từ chối chấp thuận thanh toán, rút vốn", result);
        }

        @Test
        void doubledCapitalAfterAResultCodeIsTypedOnce() {
            // 1.010700: "…Mã: KQ.G12.000429GGiấy xác nhận…", a slip of the portal's data entry
            String raw = "Hồ sơ gửi đến cơ quan thuế không có kết quả giải quyếtMã: KQ.G12.000429"
                    + "GGiấy xác nhận đủ điều kiện tổ chức cập nhật kiến thứcMã: KQ.G12.000240" + UI_TAIL;

            String result = PortalJsonImporter.result(raw);

            assertEquals("Hồ sơ gửi đến cơ quan thuế không có kết quả giải quyết; Giấy xác nhận đủ điều kiện tổ chức cập nhật kiến thức", result);
        }

        @Test
        void ministryShapedResultCodeIsStripped() {
            // 1.004089
            String raw = "Quyết định hành chínhMã: 000.00.00.G11-KQ1711Từ khóaXét hưởng trợ cấp đối với thương binhMô tảKhông có thông tin";

            String result = PortalJsonImporter.result(raw);

            assertEquals("Quyết định hành chính", result);
        }

        @Test
        void testEntryCodesAreStripped() {
            // 2.000942 ends with the test code "dsfas"; 1.014966 glues "utw" to the next name
            String single = "Bản sao giao dịch được chứng thựcMã: dsfas" + UI_TAIL;
            String glued = "Quyết định cấp lại chứng chỉ hành nghề Quản tài viênMã: utwChứng chỉ hành nghề Quản tài viênMã: sgga" + UI_TAIL;

            String first = PortalJsonImporter.result(single);
            String second = PortalJsonImporter.result(glued);

            assertEquals("Bản sao giao dịch được chứng thực", first);
            assertEquals("Quyết định cấp lại chứng chỉ hành nghề Quản tài viên; Chứng chỉ hành nghề Quản tài viên", second);
        }

        @Test
        void undecidedCodeIsStripped() {
            // 1.014953
            String raw = "Thu hồi mã số định danh cơ sở chăn nuôiMã: Chưa xác định rõ" + UI_TAIL;

            String result = PortalJsonImporter.result(raw);

            assertEquals("Thu hồi mã số định danh cơ sở chăn nuôi", result);
        }

        @Test
        void sentenceInTheCodeCellIsKeptAsText() {
            // 1.115126: the code cell holds a sentence, not a code; it is content, so only the label goes
            String raw = "Giấy chứng nhận đăng ký doanh nghiệpMã: Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp." + UI_TAIL;

            String result = PortalJsonImporter.result(raw);

            assertEquals("Giấy chứng nhận đăng ký doanh nghiệp; Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp.", result);
        }
    }

    @Test
    void temporaryResidenceFeesAreReadPerChannel() {
        Procedure p = Fixtures.portalRecord("bo-cong-an", "1.004194");

        Channel online = Fixtures.channel(p, ChannelKind.ONLINE);
        Channel direct = Fixtures.channel(p, ChannelKind.DIRECT);

        assertEquals(7000L, online.fee().amountVnd());
        assertEquals(new BigDecimal("3"), online.processingTime().amount());
        assertEquals("ngày làm việc", online.processingTime().unit());
        assertEquals(List.of(10000L), direct.fee().amountsVnd());
        assertFalse(direct.fee().free());
    }

    @Test
    void noteAmountContradictingTheCellLeavesNoSingleAmount() {
        Procedure p = Fixtures.portalRecord("bo-cong-an", "1.002755");

        Fee online = Fixtures.channel(p, ChannelKind.ONLINE).fee();

        assertNull(online.amountVnd());
        assertEquals(List.of(5000L, 7000L), online.amountsVnd());
        assertTrue(p.notes().stream().anyMatch(n -> n.field().equals("fee") && n.message().contains("chưa rõ mức nào")));
    }

    @Test
    void freeCellWithAmountInNoteIsNotFree() {
        Procedure p = Fixtures.portalRecord("bo-cong-an", "3.000347");

        Fee direct = Fixtures.channel(p, ChannelKind.DIRECT).fee();

        assertEquals(Boolean.FALSE, direct.free());
        assertTrue(direct.amountsVnd().contains(135000L));
        assertNull(direct.amountVnd());
        assertTrue(p.notes().stream().anyMatch(n -> n.message().contains("31/12/2025")));
    }

    @Test
    void timeGluedToFeeYieldsNeitherDeadlineNorAmount() {
        // "Trực tuyến1100 VNĐ(…)": placeholder time "1" glued to a fee of 100 or 1100 đồng.
        Procedure p = Fixtures.portalRecord("bo-tu-phap", "1.005136");

        Channel online = Fixtures.channel(p, ChannelKind.ONLINE);

        assertEquals(ProcessingTime.NONE, online.processingTime());
        assertNull(online.fee().amountVnd());
        assertTrue(online.fee().amountsVnd().isEmpty());
        assertNull(online.fee().free());
        assertTrue(p.notes().stream().anyMatch(n -> n.message().contains("dính liền")));
    }

    @Test
    void decisionTitleInNameFieldIsFlagged() {
        Procedure p = Fixtures.portalRecord("bo-cong-an", "2.001428");

        assertTrue(p.notes().stream().anyMatch(n -> n.field().equals("name")));
    }

    @Test
    void truncatedJsonNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("1.000001.json");
        Files.writeString(file, "{\"ma_thu_tuc\": \"1.000001\", \"ten_thu_tuc\": \"Thủ t");

        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> Fixtures.portal().read(dir, file));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.reason().contains("invalid JSON"));
    }

    @Test
    void recordWithoutCodeIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"ma_thu_tuc\": \"\", \"ten_thu_tuc\": \"Đăng ký khai sinh\"}");

        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> Fixtures.portal().read(dir, file));

        assertTrue(e.reason().contains("no procedure code"));
    }
}
