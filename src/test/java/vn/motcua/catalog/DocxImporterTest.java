package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxImporterTest {

    private static Path root;
    private final DocxImporter importer = new DocxImporter(new FeeParser(LocalDate.of(2026, 1, 15)));

    @BeforeAll
    static void locateFixtures() throws URISyntaxException {
        root = Path.of(DocxImporterTest.class.getResource("/fixtures/docx").toURI());
    }

    private Procedure read(String relative) {
        return importer.read(root, root.resolve(relative));
    }

    private static Channel channel(Procedure p, ChannelKind kind) {
        return p.channels().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void readsHeaderFieldsOfTemporaryResidenceRegistration() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals("1.004194", p.code());
        assertEquals("Đăng ký tạm trú", p.name());
        assertEquals("370/QĐ-BCA-C06", p.decision());
        assertEquals(List.of("Cấp xã"), p.levels());
        assertEquals("Đăng ký, quản lý cư trú", p.field());
        assertEquals("TTHC được luật giao quy định chi tiết", p.kind());
        assertEquals(List.of("Đăng ký tạm trú"), p.keywords());
        assertEquals("Không", p.conditions());
    }

    @Test
    void keepsInPersonFeeOfFifteenThousandDong() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Channel direct = channel(read(file), ChannelKind.DIRECT);

        // Assert
        assertTrue(direct.fee().text().contains("15.000"), direct.fee().text());
        assertTrue(direct.fee().amountsVnd().contains(15_000L), direct.fee().amountsVnd().toString());
        assertEquals(Boolean.FALSE, direct.fee().free());
        assertEquals(new BigDecimal("3"), direct.processingTime().amount());
        assertEquals("ngày làm việc", direct.processingTime().unit());
        assertTrue(direct.note().startsWith("- Nộp hồ sơ trực tiếp tại Công an cấp xã."), direct.note());
    }

    @Test
    void readsBothChannelsInTableOrder() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals(List.of(ChannelKind.DIRECT, ChannelKind.ONLINE), p.channels().stream().map(Channel::kind).toList());
        assertTrue(channel(p, ChannelKind.ONLINE).fee().amountsVnd().containsAll(List.of(5_000L, 7_000L)));
    }

    @Test
    void groupsDocumentsByCaseHeadingWithCounts() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals(4, p.documents().size());
        DocumentGroup first = p.documents().get(0);
        assertEquals("Hồ sơ đăng ký tạm trú gồm", first.caseName());
        RequiredDocument form = first.items().get(0);
        assertTrue(form.name().startsWith("- Tờ khai thay đổi thông tin cư trú (Mẫu CT01)"), form.name());
        assertEquals("Mẫu CT01 _66.doc", form.form());
        assertEquals(1, form.originals());
        assertEquals(1, form.copies());
        assertEquals("Đăng ký tạm trú theo danh sách, hồ sơ gồm", p.documents().get(1).caseName());
        assertNull(p.documents().get(3).caseName());
        assertEquals(9, p.documentCount());
    }

    @Test
    void readsLegalBasisTableWithDatesAsDayMonthYear() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals(8, p.legalBasis().size());
        assertEquals(new LegalBasis("68/2020/QH14", "Luật 68/2020/QH14", "13/11/2020", null), p.legalBasis().get(0));
        assertEquals(new LegalBasis("154/2024/NĐ-CP",
                "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú", "26/11/2024", "Chính phủ"),
                p.legalBasis().get(7));
    }

    @Test
    void splitsStepsAndLeavesPlaceholderAgenciesEmpty() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals(5, p.steps().size());
        assertTrue(p.steps().get(0).startsWith("Bước 1: Cá nhân chuẩn bị hồ sơ"), p.steps().get(0));
        assertEquals(List.of("Công an Xã"), p.agencies().implementing());
        assertEquals(List.of("Công an Xã"), p.agencies().competent());
        assertEquals(List.of(), p.agencies().authorised());
        assertEquals(List.of(), p.agencies().coordinating());
        assertEquals("Công an cấp xã", p.receptionAddress());
    }

    @Test
    void recordsPortalUrlAndRelativeFileInSource() {
        // Arrange
        String file = "docx/Bộ_Công_an/1_004194.docx";

        // Act
        Source source = read(file).source();

        // Assert
        assertEquals(new Source("tthc-ministries-docx",
                "https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=5974",
                "2025-12-02", List.of(file), List.of()), source);
    }

    @Test
    void readsHealthRecordWithNumberTakenFromLawCell() {
        // Arrange
        String file = "docx/Bộ_Y_tế/1_008398.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals("Cấp lại Giấy chứng nhận dược liệu đạt GACP trong trường hợp bị mất hoặc hư hỏng", p.name());
        assertEquals(List.of("Cấp bộ"), p.levels());
        assertEquals("Y Dược cổ truyền", p.field());
        assertEquals(List.of(), p.keywords());
        assertNull(p.conditions());
        assertNull(p.receptionAddress());
        assertEquals(new LegalBasis("105/2016/QH13", "105/2016/QH13 Dược", "06/04/2016", "Quốc Hội"),
                p.legalBasis().get(0));
        assertEquals(List.of(new DocumentGroup(null, List.of(new RequiredDocument(
                "Đơn đề nghị cấp lại Giấy chứng nhận dược liệu đạt GACP theo Mẫu số 1D Phụ lục I kèm theo "
                        + "Thông tư số 19/2019/TT-BYT", "phụ lục.docx", 1, 1)))), p.documents());
        assertEquals(List.of(ChannelKind.DIRECT, ChannelKind.POSTAL), p.channels().stream().map(Channel::kind).toList());
        assertEquals(Fee.NONE, p.channels().get(0).fee());
        assertEquals(new ProcessingTime("10 Ngày", new BigDecimal("10"), "ngày"), p.channels().get(0).processingTime());
    }

    @Test
    void readsEducationRecordWithTextOnlyDeadline() {
        // Arrange
        String file = "docx/Bộ_Giáo_dục_và_Đào_tạo/1_005108.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals("Thuyên chuyển đối tượng học bổ túc trung học cơ sở", p.name());
        assertEquals(List.of("Cấp xã"), p.levels());
        assertEquals("Giáo dục trung học", p.field());
        assertEquals(List.of("- Đối tượng học bổ túc THCS muốn chuyển trường cần có đơn xin chuyển trường.",
                "- Được phép chuyển trường khi nơi xin chuyển đến đồng ý tiếp nhận."), p.steps());
        assertEquals(new RequiredDocument("Đơn xin chuyển trường.", null, 1, 0), p.documents().get(0).items().get(0));
        assertEquals(List.of(new LegalBasis("17/2003/TT-BGDĐT", "Thông tư 17/2003/TT-BGDĐT", "28/04/2003",
                "Bộ Giáo dục và Đào tạo")), p.legalBasis());
        assertEquals(new ProcessingTime("không quy định", null, null), p.channels().get(0).processingTime());
        assertEquals("Không quy định", p.channels().get(0).note());
    }

    @Test
    void splitsLevelsAndKeepsCommasInsideAgencyNames() {
        // Arrange
        String file = "docx/Bộ_Công_thương/1_000366.docx";

        // Act
        Procedure p = read(file);

        // Assert
        assertEquals(List.of("Cấp bộ", "Cấp tỉnh"), p.levels());
        assertEquals(List.of("Cục Xuất nhập khẩu, Ủy ban nhân dân cấp tỉnh"), p.agencies().implementing());
        assertEquals(List.of("Xuất nhập khẩu"), p.keywords());
        assertEquals("40/2025/TT-BCT", p.legalBasis().get(1).number());
        assertNull(p.legalBasis().get(1).issuer());
    }

    @Test
    void keepsEveryFormNamedInOneDocumentRow() {
        // Arrange
        String file = "docx/Bộ_Công_thương/1_000366.docx";

        // Act
        List<RequiredDocument> items = read(file).documents().get(0).items();

        // Assert
        assertEquals(3, items.size());
        assertEquals("Mu03.docx\nMu02.docx\nMu01.docx", items.get(0).form());
        assertTrue(items.get(2).name().startsWith("1.3. Đối với thương nhân"), items.get(2).name());
        assertEquals("Mu01.docx\nMu02.docx", items.get(2).form());
    }

    @Test
    void corruptFileThrowsFormatExceptionNamingTheFile(@TempDir Path dir) throws IOException {
        // Arrange
        Path file = dir.resolve("docx/Bộ_Y_tế/broken.docx");
        Files.createDirectories(file.getParent());
        byte[] junk = new byte[2048];
        new Random(42).nextBytes(junk);
        Files.write(file, junk);

        // Act
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> importer.read(dir, file));

        // Assert
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void documentWithoutCodeThrowsFormatException(@TempDir Path dir) throws IOException {
        // Arrange
        Path file = writeDocx(dir.resolve("no-code.docx"), List.of("Tên thủ tục: Thủ tục thử"), null);

        // Act
        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> importer.read(dir, file));

        // Assert
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("Mã thủ tục"), e.getMessage());
    }

    @Test
    void skipsNamelessDocumentRowsAndNotesDistrictLevel(@TempDir Path dir) throws IOException {
        // Arrange
        Path file = writeDocx(dir.resolve("synthetic.docx"),
                List.of("Mã thủ tục: 9.000001", "Tên thủ tục: Thủ tục thử", "Cấp thực hiện: Cấp Tỉnh, Cấp Huyện",
                        "Thành phần hồ sơ: ", "Bao gồm"),
                new String[][] {
                    {"Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng"},
                    {"Đơn đề nghị", "", "Bản chính: 2Bản sao: 0"},
                    {"", "Mau01.docx", "Bản chính: 1Bản sao: 0"}
                });

        // Act
        Procedure p = importer.read(dir, file);

        // Assert
        assertEquals(List.of("Cấp tỉnh", "Cấp huyện"), p.levels());
        assertTrue(p.notes().contains(new DataNote("levels", "Hồ sơ còn ghi cấp huyện, cấp này đã bỏ từ 1/7/2025.")));
        assertEquals(List.of(new DocumentGroup(null, List.of(new RequiredDocument("Đơn đề nghị", null, 2, 0)))),
                p.documents());
        assertEquals(List.of("synthetic.docx"), p.source().files());
        assertNull(p.source().url());
    }

    private static Path writeDocx(Path file, List<String> paragraphs, String[][] table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            paragraphs.forEach(text -> doc.createParagraph().createRun().setText(text));
            if (table != null) {
                XWPFTable t = doc.createTable(table.length, table[0].length);
                for (int r = 0; r < table.length; r++) {
                    for (int c = 0; c < table[r].length; c++) {
                        t.getRow(r).getCell(c).setText(table[r][c]);
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }
}
