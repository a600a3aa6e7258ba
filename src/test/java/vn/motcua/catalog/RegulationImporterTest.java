package vn.motcua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegulationImporterTest {

    private final Path root = fixtureRoot();
    private final Path hoTich = root.resolve("van-ban/hanh-chinh-tu-phap/ho-tich.md");
    private final Path thongTu37 = root.resolve("van-ban/giao-thong-van-tai/thong-tu-37-2026-tt-bca-dang-ky-xe-vneid.md");
    private final RegulationImporter importer = new RegulationImporter();

    @Test
    void codeArticleTakesInstrumentAndArticleFromSourceNote() {
        RegulationArticle first = importer.read(root, hoTich).get(0);

        assertEquals("60/2014/QH13", first.instrument());
        assertEquals("1", first.article());
        assertEquals("Phạm vi điều chỉnh", first.title());
        assertEquals("60-2014-qh13-dieu-1", first.id());
        assertEquals("Hộ tịch", first.topic());
    }

    @Test
    void codeArticleKeepsSourceNoteAndCodeIdInSource() {
        RegulationSource source = importer.read(root, hoTich).get(0).source();

        assertEquals("regulations", source.dataset());
        assertEquals("van-ban/hanh-chinh-tu-phap/ho-tich.md", source.path());
        assertEquals("15.3.LQ.1", source.codeArticle());
        assertEquals("(Điều 1 Luật số 60/2014/QH13 Hộ tịch ngày 20/11/2014 của Quốc hội, "
                + "có hiệu lực thi hành kể từ ngày 01/01/2016 )", source.note());
    }

    @Test
    void codeArticleTextOmitsSourceNoteAndCrossReferenceButKeepsClauses() {
        RegulationArticle first = importer.read(root, hoTich).get(0);

        assertEquals("1. Luật này quy định về hộ tịch; quyền, nghĩa vụ, nguyên tắc, thẩm quyền, thủ tục đăng ký hộ tịch; "
                + "Cơ sở dữ liệu hộ tịch và quản lý nhà nước về hộ tịch.\n"
                + "2. Thẩm quyền, thủ tục giải quyết các việc về quốc tịch, nuôi con nuôi được thực hiện theo quy định "
                + "của Luật quốc tịch Việt Nam, Luật nuôi con nuôi, trừ trường hợp Luật này có quy định khác.",
                first.text());
    }

    @Test
    void decreeArticleInCodeFileGetsDecreeNumber() {
        RegulationArticle second = importer.read(root, hoTich).get(1);

        assertEquals("123/2015/NĐ-CP", second.instrument());
        assertEquals("1", second.article());
        assertEquals("123-2015-nd-cp-dieu-1", second.id());
    }

    @Test
    void chapterAndSectionHeadingsAreDroppedFromArticleText() {
        List<RegulationArticle> articles = importer.read(root, hoTich);

        String decreeText = articles.get(1).text();
        assertFalse(decreeText.contains("Chương II"));
        assertFalse(decreeText.contains("ĐĂNG KÝ HỘ TỊCH TẠI UỶ BAN NHÂN DÂN CẤP XÃ"));
        assertFalse(decreeText.contains("Mục 1"));
        assertEquals("Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ thực hiện đăng ký khai sinh.",
                articles.get(2).text());
    }

    @Test
    void tableOfContentsTailProducesNoArticle() {
        List<RegulationArticle> articles = importer.read(root, hoTich);

        assertEquals(List.of("15.3.LQ.1", "15.3.NĐ.1.1", "15.3.LQ.13"),
                articles.stream().map(a -> a.source().codeArticle()).toList());
    }

    @Test
    void singleDocumentTakesNumberFromMetadataTable() {
        List<RegulationArticle> articles = importer.read(root, thongTu37);

        assertEquals(List.of("1", "2", "7", "8"), articles.stream().map(RegulationArticle::article).toList());
        assertTrue(articles.stream().allMatch(a -> "37/2026/TT-BCA".equals(a.instrument())));
        assertEquals("37-2026-tt-bca-dieu-7", articles.get(2).id());
    }

    @Test
    void singleDocumentArticleHasBoldHeadingTitleAndNoSourceNote() {
        RegulationArticle first = importer.read(root, thongTu37).get(0);

        assertEquals("Sửa đổi, bổ sung khoản 6 Điều 3", first.title());
        assertEquals("Thông tư 37/2026/TT-BCA - Đăng ký xe VNeID", first.topic());
        assertNull(first.source().codeArticle());
        assertNull(first.source().note());
    }

    @Test
    void lastArticleStopsBeforeSignatureBlockAndAppendix() {
        RegulationArticle last = importer.read(root, thongTu37).get(3);

        assertTrue(last.text().endsWith("(qua Cục Cảnh sát giao thông) để kịp thời hướng dẫn."), last.text());
        assertFalse(last.text().contains("Nơi nhận"));
        assertFalse(last.text().contains("MẪU KĐ23a"));
    }

    @Test
    void fileWithoutArticleThrowsNamingTheFile() {
        Path empty = root.resolve("van-ban/hanh-chinh-tu-phap/khong-co-dieu.md");

        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> importer.read(root, empty));

        assertTrue(e.getMessage().startsWith(empty + ": "), e.getMessage());
    }

    @Test
    void missingFileThrowsWithCause() {
        Path missing = root.resolve("van-ban/khong-ton-tai.md");

        CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> importer.read(root, missing));

        assertTrue(e.getMessage().startsWith(missing + ": "), e.getMessage());
        assertTrue(e.getCause() instanceof java.io.IOException);
    }

    private static Path fixtureRoot() {
        try {
            return Path.of(RegulationImporterTest.class.getResource("/fixtures/regulations").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
